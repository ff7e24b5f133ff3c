package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.source.LoadedCampaign;

/** Every post, and every part of a thread, is within its channel's limit as the channel counts it. */
final class PostLengthRule implements Rule {

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        for (Output post : kit.posts()) {
            if (post.parts().isEmpty()) {
                over(found, post, post.path(), post.length(), "");
            } else {
                for (int i = 0; i < post.parts().size(); i++) {
                    Output.Part part = post.parts().get(i);
                    over(found, post, part.path(), part.length(), " (part " + (i + 1) + " of " + post.parts().size() + ")");
                }
            }
        }
        return found;
    }

    private static void over(List<Diagnostic> found, Output post, String path, int length, String which) {
        if (length > post.limit()) {
            found.add(Diagnostic.error(path, 0, 0, post.id(), "post" + which + " is " + length + " long as "
                    + post.channel() + " counts it; the limit is " + post.limit()
                    + ". Shorten the message or split it with a line holding only ---"));
        }
    }
}
