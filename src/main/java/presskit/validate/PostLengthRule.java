package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.Post;
import presskit.kit.PostThread;
import presskit.kit.Posted;
import presskit.source.LoadedCampaign;

/**
 * Every post, and every part of a thread, is accepted by its network, as the network's own rule
 * decided when the post was fitted: within the limit as the network counts it, and within any other
 * bound it has.
 */
final class PostLengthRule implements Rule {

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        for (Posted posted : kit.posts()) {
            if (posted instanceof Post post && !post.fits()) {
                found.add(refused(post, post.path(), post.length(), ""));
            } else if (posted instanceof PostThread thread) {
                List<PostThread.Part> parts = thread.parts();
                for (int i = 0; i < parts.size(); i++) {
                    PostThread.Part part = parts.get(i);
                    if (!part.fits()) {
                        String which = " (part " + (i + 1) + " of " + parts.size() + ")";
                        found.add(refused(thread, part.path(), part.length(), which));
                    }
                }
            }
        }
        return found;
    }

    private static Diagnostic refused(Posted post, String path, int length, String which) {
        String network = post.network();
        String counted = "post" + which + " is " + length + " long as " + network + " counts it";
        String why =
                length > post.limit()
                        ? counted + "; the limit is " + post.limit()
                        : counted
                                + ", within the limit of "
                                + post.limit()
                                + ", but over another bound "
                                + network
                                + " sets (Bluesky: 3000 bytes)";
        return Diagnostic.error(
                path,
                0,
                0,
                post.id().toString(),
                why + ". Shorten the message or split it with a line holding only ---");
    }
}
