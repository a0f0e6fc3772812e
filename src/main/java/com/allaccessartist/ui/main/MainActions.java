package com.allaccessartist.ui.main;

/** The menu commands of the main window, built by the application for one signed-in session. */
public record MainActions(ManageConnectionsAction connections, SignOutAction signOut, QuitAction quit,
                          LoadDemoCatalogueAction loadDemo, ExportMyDataAction exportMyData,
                          OpenLogFolderAction openLogFolder, AboutAction about) {
}
