package cn.sh.pilot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import cn.sh.pilot.contracts.error.RefusedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions from commands into bilingual messages and exit codes, without stack traces. */
final class Failures implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof RefusedException refused) {
            err.println("被拒绝 / refused [" + refused.id() + "]" + (refused.detail() == null ? "" : " " + refused.detail()));
            err.println("  " + refused.error().zh());
            err.println("  " + refused.error().en());
            return ExitCodes.REFUSED;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            err.println("失败 / failed: " + ex.getMessage());
            return ExitCodes.FAILED;
        }
        err.println("内部错误 / internal error: " + ex);
        return ExitCodes.FAILED;
    }
}
