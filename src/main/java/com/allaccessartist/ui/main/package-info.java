/**
 * The main window: menu bar, sidebar of sections, content area and status bar
 * ({@link com.allaccessartist.ui.main.MainView} over
 * {@link com.allaccessartist.ui.main.MainViewModel}). Menu commands are {@code <Name>Action}
 * objects ({@link com.allaccessartist.ui.common.UiAction}) whose enabled state is bound to the
 * session's state, such as the permission to load the demo catalogue. Sections
 * ({@link com.allaccessartist.ui.main.Section}) appear as their features land.
 */
package com.allaccessartist.ui.main;
