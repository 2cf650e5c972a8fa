package dev.touban.sync.store;

import java.nio.file.Path;

/** A file of one export, written locally, to be stored under its name. */
public record ExportFile(String name, Path path, String contentType) {}
