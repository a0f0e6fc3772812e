package com.allaccessartist.ui.editing;

import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskProgress;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs answered by the test, for screen tests: confirmations and choices take the answers
 * queued beforehand (confirm: no; choose: cancel, when none is queued), files the paths queued,
 * and every message shown is recorded. Thread-safe enough for the FX thread plus the test thread.
 */
public final class ScriptedDialogs implements DialogService {

    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Object> choices = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    public synchronized ScriptedDialogs confirmWith(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    public synchronized ScriptedDialogs chooseWith(Object value) {
        choices.add(value);
        return this;
    }

    public synchronized ScriptedDialogs fileWith(Path file) {
        files.add(file);
        return this;
    }

    @Override
    public synchronized void showError(String message) {
        errors.add(message);
    }

    @Override
    public synchronized void showError(Throwable failure) {
        errors.add(ErrorText.of(failure));
    }

    @Override
    public synchronized void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public synchronized boolean confirm(String title, String message, String confirmLabel) {
        asked.add(title);
        return !confirmations.isEmpty() && confirmations.poll();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> Optional<T> choose(String title, String message, List<Choice<T>> options) {
        asked.add(title);
        return choices.isEmpty() ? Optional.empty() : Optional.of((T) choices.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileType type) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType type) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public ProgressHandle showProgress(String title, Runnable onCancel) {
        return new ProgressHandle() {
            @Override
            public void update(TaskProgress progress) {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void showAbout(AboutInfo about) {
    }

    /** Titles of the confirmations and choices asked, in order. */
    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized List<String> infos() {
        return List.copyOf(infos);
    }
}
