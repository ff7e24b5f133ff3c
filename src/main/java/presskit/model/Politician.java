package presskit.model;

import java.util.Map;
import java.util.Optional;

/**
 * A politician of the committee a municipality's local post addresses, whom the post tags.
 *
 * @param name full name
 * @param role role in the committee ("ordförande", "vice ordförande", "ledamot" …)
 * @param party party abbreviation, may be empty
 * @param handles handle per channel id, with its {@code @}
 */
public record Politician(String name, String role, String party, Map<String, String> handles) {

    public Politician {
        handles = Map.copyOf(handles);
    }

    public Optional<String> handle(String channel) {
        return Optional.ofNullable(handles.get(channel));
    }

    /** How a post names the politician where there is no handle: "Anna Andersson (S)". */
    public String plainName() {
        return party.isBlank() ? name : name + " (" + party + ")";
    }
}
