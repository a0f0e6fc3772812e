package com.allaccessartist.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("development" when run from the build folder). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"All Access Artist " + version()};
    }

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
