package cn.sh.pilot.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} and {@code -V/--version} with bilingual descriptions, mixed into every command. */
public final class HelpOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助后退出 / Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本后退出 / Show the version and exit.")
    boolean version;
}
