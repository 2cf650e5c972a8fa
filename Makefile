# The two commands: `make run` (the product locally) and `make test` (every test, plus template lint).
SHELL := /bin/bash
export JAVA_HOME := $(shell bin/java-home)
export PATH := $(JAVA_HOME)/bin:$(PATH)
MVN := ./mvnw -B -ntp

.PHONY: run test build lint clean

## Build and start the local runner on its embedded defaults (moto, example roster) at http://127.0.0.1:3000
run: build
	java -jar local/target/touban-local.jar

## Run every test (unit, handler, emulator-backed integration) and lint the SAM template
test: lint
	$(MVN) verify

build:
	$(MVN) -q -DskipTests package

lint:
	@command -v cfn-lint >/dev/null || { echo 'cfn-lint is missing: pip install cfn-lint'; exit 1; }
	cfn-lint template.yaml

clean:
	$(MVN) -q clean
