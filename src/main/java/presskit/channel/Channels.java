package presskit.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The networks presskit knows, with their built-in limits and counting rules. */
public final class Channels {

    private final Map<String, Channel> byId;

    private Channels(Map<String, Channel> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static Channels builtIn() {
        Map<String, Channel> map = new LinkedHashMap<>();
        map.put("x", new Channel("x", "X", 280, new XLength(), true));
        return new Channels(map);
    }

    public Optional<Channel> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Channel get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown channel '" + id + "'"));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
