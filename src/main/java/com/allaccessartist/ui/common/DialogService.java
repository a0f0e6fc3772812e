package com.allaccessartist.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog a ViewModel or command may need, behind an interface so ViewModels are tested
 * with a mock. All methods are called on the FX thread; the modal ones return when the person
 * has answered. Strings passed in are already translated.
 */
public interface DialogService {

    void showError(String message);

    /** The failure's person-readable message (see {@link ErrorText}); the trace goes to the log. */
    void showError(Throwable failure);

    void showInfo(String title, String message);

    /** @return whether the person confirmed with {@code confirmLabel} */
    boolean confirm(String title, String message, String confirmLabel);

    /** One of several options, each with a sentence explaining it; empty if cancelled. */
    <T> Optional<T> choose(String title, String message, List<Choice<T>> choices);

    Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileType type);

    Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType type);

    /**
     * A modal progress dialog with a Cancel button (and Esc) that calls {@code onCancel}; it stays
     * open until {@link ProgressHandle#close()}.
     */
    ProgressHandle showProgress(String title, Runnable onCancel);

    void showAbout(AboutInfo about);

    /** One option of {@link #choose}. */
    record Choice<T>(T value, String label, String description) {
    }

    /** A file type filter: its translated description and globs, such as {@code *.json}. */
    record FileType(String description, java.util.List<String> globs) {

        public FileType {
            if (globs.isEmpty()) {
                throw new IllegalArgumentException("A file type needs at least one glob");
            }
            globs = java.util.List.copyOf(globs);
        }

        public FileType(String description, String glob, String... moreGlobs) {
            this(description, java.util.stream.Stream.concat(java.util.stream.Stream.of(glob),
                    java.util.Arrays.stream(moreGlobs)).toList());
        }

        /** The images the catalogue stores (the formats {@code MediaService} accepts). */
        public static FileType images() {
            return new FileType(com.allaccessartist.domain.Messages.get("file.type.images"),
                    "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP");
        }
    }

    /** What Help → About shows; {@code openLogFolder} is null when the folder cannot be opened. */
    record AboutInfo(String version, String javaVersion, String javafxVersion, Path dataFolder, Path logFile,
                     Runnable openLogFolder) {
    }

    /** An open progress dialog. */
    interface ProgressHandle {
        void update(TaskProgress progress);

        void close();
    }
}
