package presskit.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, so it has one source: the pom. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"presskit " + (version == null ? "(development build)" : version)};
    }
}
