package dev.touban.tools.verify;

/** One line of the checklist. SKIP never fails the run: the check does not apply, and says why. */
record Result(String check, Status status, String detail) {
    enum Status { PASS, FAIL, SKIP }

    static Result pass(String check, String detail) {
        return new Result(check, Status.PASS, detail);
    }

    static Result fail(String check, String detail) {
        return new Result(check, Status.FAIL, detail);
    }

    static Result skip(String check, String detail) {
        return new Result(check, Status.SKIP, detail);
    }
}
