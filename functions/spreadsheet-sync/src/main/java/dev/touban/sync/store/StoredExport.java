package dev.touban.sync.store;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Where an export's files now are, and a link to the workbook that works for {@code linkValidFor}. */
public record StoredExport(String bucket, String prefix, List<String> keys, URI workbookLink, Duration linkValidFor) {
    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }
}
