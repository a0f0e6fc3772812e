/**
 * Works (compositions) and split sheets: the Works section of the chosen artist (its works, each
 * with its ISWC, recordings and publishing sheet), the work editor, and the split-sheet editor
 * used for a recording's master sheet and a work's publishing sheet (lines, live total, split
 * evenly, save as a new version, agree, older versions read-only, PDF and CSV export).
 */
package com.allaccessartist.ui.splits;
