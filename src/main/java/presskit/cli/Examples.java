package presskit.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command's examples, shown under "Examples:" in its {@code --help} and in the man page: each
 * line a command a user can type, optionally followed by {@code # what it does}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Examples {
    String[] value();
}
