package dev.touban.importer;

/** Input the importer cannot read: names the file, the field and the problem. Nothing is written. */
final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImportException(String message) {
        super(message);
    }
}
