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

.PHONY: deploy verify
SAM ?= sam
SAM_CONFIG_ENV ?= default

## Build the jars, then `sam deploy` with samconfig.toml (stack "touban", your AWS profile's region). First time: docs/deploy-checklist.md
deploy:
	@command -v $(SAM) >/dev/null || { echo 'the AWS SAM CLI (sam) is missing: install it (pip install aws-sam-cli, or https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/install-sam-cli.html)'; exit 1; }
	$(MAKE) build
	$(SAM) deploy --config-env $(SAM_CONFIG_ENV)

## Post-deploy checks of a stack or of the local runner: make verify STACK=touban | LOCAL=http://127.0.0.1:3000 [CANARY=1]
verify:
	bin/touban-verify $(if $(STACK),--stack $(STACK)) $(if $(LOCAL),--local $(LOCAL)) $(if $(CANARY),--canary)
