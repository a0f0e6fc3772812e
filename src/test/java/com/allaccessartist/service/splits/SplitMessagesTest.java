package com.allaccessartist.service.splits;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the works and split sheet services use has its entry in
 * i18n/messages.properties, and every entry formats (MessageFormat patterns, '' for an apostrophe).
 */
class SplitMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/allaccessartist/service/splits");
    private static final Pattern KEY = Pattern.compile("\"((?:split|work|validation\\.work)\\.[A-Za-z_.]*[A-Za-z_])\"");

    @Test
    void everyKeyTheServicesNameHasAnEntry() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        for (SheetKind kind : SheetKind.values()) {
            keys.add("split.kind." + kind.dbValue());
            keys.add("split.pdf.title." + kind.dbValue());
        }
        for (SheetStatus status : SheetStatus.values()) {
            keys.add("split.status." + status.dbValue());
        }
        for (SplitRole role : SplitRole.values()) {
            keys.add("split.role." + role.dbValue());
        }
        for (String column : SplitSheetCsv.COLUMNS) {
            keys.add("split.export.column." + column);
        }
        for (String column : new String[] {"name", "role", "ipi", "society", "share"}) {
            keys.add("split.pdf.column." + column);
        }
        assertThat(keys).contains("split.permission.manage", "work.iswc.taken", "split.pdf.signature.signature");

        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!Messages.has(key)) {
                missing.add(key);
                continue;
            }
            // formats with sample arguments, and an apostrophe never swallows a placeholder
            String text = Messages.format(key, 3, 200, "x");
            assertThat(text).as(key).doesNotContain("{").isNotBlank();
        }
        assertThat(missing).as("keys without an entry").isEmpty();
        assertThat(Messages.format("work.permission.manage")).contains("artist's works");
    }
}
