package com.allaccessartist.service;

/** Cells of the CSV files the app writes, as spreadsheets read them. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A text cell a spreadsheet shows as text and never runs as a formula: a value starting with
     * {@code = + - @}, a tab or a carriage return gets a leading apostrophe (CSV injection).
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
