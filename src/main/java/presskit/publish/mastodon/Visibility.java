package presskit.publish.mastodon;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import presskit.publish.PublishSetupException;

/** Who sees a status, as {@code --visibility} sets it; direct messages are not offered. */
public enum Visibility {
    /** On the public timelines and the profile. */
    PUBLIC,
    /** On the profile, not on the public timelines. */
    UNLISTED,
    /** To the account's followers only. */
    PRIVATE;

    /** The value of the form's {@code visibility} field. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code --visibility}, in any case. */
    public static Visibility parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.value().equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new PublishSetupException(
                                        "invalid --visibility '"
                                                + text
                                                + "': use "
                                                + Arrays.stream(values())
                                                        .map(Visibility::value)
                                                        .collect(Collectors.joining(", "))));
    }
}
