package presskit.publish;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;

/**
 * Turns the selected outputs of a build into {@link PlannedPost}s with their texts, checking all of
 * them before anything is sent: a run either starts with every post readable and within its limit,
 * or not at all.
 */
public final class PostPlanner {

    private final BuildManifest manifest;
    private final Diagnostics problems = new Diagnostics();

    public PostPlanner(BuildManifest manifest) {
        this.manifest = manifest;
    }

    /**
     * The posts to send, in the manifest's order.
     *
     * @param live whether this run posts for real; example data is only allowed in a dry run
     * @throws DiagnosticException listing every problem found
     * @throws PublishSetupException when the selection matches nothing
     */
    public List<PlannedPost> plan(PostSelection selection, boolean live) {
        List<PlannedPost> posts = new ArrayList<>();
        for (String id : selection.onlyIds()) {
            if (manifest.outputs().stream()
                    .noneMatch(o -> o.id().equals(id) && selection.matches(o))) {
                error(
                        "--only",
                        "no "
                                + selection.channel()
                                + " post or thread '"
                                + id
                                + "' in this build"
                                + selection.variant().map(v -> " for variant " + v).orElse(""));
            }
        }
        for (BuildOutput output : manifest.outputs()) {
            if (selection.matches(output)) {
                plan(output, live, true).ifPresent(posts::add);
            }
        }
        problems.throwIfErrors();
        if (posts.isEmpty()) {
            throw new PublishSetupException(
                    "nothing to publish: "
                            + manifest.file()
                            + " has no "
                            + selection.channel()
                            + " posts for "
                            + selection.describe());
        }
        return posts;
    }

    /**
     * Every post and thread of the build that {@code wanted} accepts, with exactly the texts a run
     * would send, for people to approve: unlike {@link #plan} it takes posts over their limit or
     * made from example data (publishing refuses those) and may find none.
     *
     * @throws DiagnosticException when a text cannot be read
     */
    public List<PlannedPost> review(Predicate<BuildOutput> wanted) {
        List<PlannedPost> posts = new ArrayList<>();
        for (BuildOutput output : manifest.outputs()) {
            if (("post".equals(output.kind()) || output.isThread()) && wanted.test(output)) {
                plan(output, false, false).ifPresent(posts::add);
            }
        }
        problems.throwIfErrors();
        return posts;
    }

    private Optional<PlannedPost> plan(BuildOutput output, boolean live, boolean strict) {
        if (strict && !output.valid()) {
            error(
                    output.id(),
                    "the build marked it invalid ("
                            + output.length()
                            + "/"
                            + output.limit()
                            + "); fix the text and run 'presskit build' again");
        }
        if (output.example() && live) {
            error(
                    output.id(),
                    "made from example data (example: true); example data is never posted");
        }
        List<PlannedPost.Part> parts = new ArrayList<>();
        if (output.isThread()) {
            if (output.parts().isEmpty()) {
                error(output.id(), "a thread without parts");
                return Optional.empty();
            }
            for (BuildOutput.Part part : output.parts()) {
                parts.add(part(output, parts.size() + 1, part.path(), part.length(), strict));
            }
        } else {
            parts.add(part(output, 1, output.path(), output.length(), strict));
        }
        return Optional.of(new PlannedPost(output.id(), parts, output.example()));
    }

    private PlannedPost.Part part(
            BuildOutput output, int number, String relativePath, int length, boolean strict) {
        if (strict && output.limit() > 0 && length > output.limit()) {
            error(
                    output.id(),
                    "part "
                            + number
                            + " is "
                            + length
                            + " long, over the limit of "
                            + output.limit());
        }
        return new PlannedPost.Part(
                number, read(output.id(), relativePath), length, output.limit());
    }

    private String read(String id, String relativePath) {
        Path yearDir = manifest.yearDir().toAbsolutePath().normalize();
        Path file = yearDir.resolve(relativePath).normalize();
        if (!file.startsWith(yearDir)) {
            error(id, "path '" + relativePath + "' leaves the build folder");
            return "";
        }
        try {
            String text = PostText.read(file);
            if (text.isBlank()) {
                error(id, manifest.yearDir().resolve(relativePath) + " is empty");
            }
            return text;
        } catch (CharacterCodingException e) {
            error(id, manifest.yearDir().resolve(relativePath) + " is not UTF-8");
        } catch (IOException e) {
            error(
                    id,
                    "cannot read "
                            + manifest.yearDir().resolve(relativePath)
                            + " ("
                            + e.getClass().getSimpleName()
                            + ")");
        }
        return "";
    }

    private void error(String field, String message) {
        problems.add(Diagnostic.error(manifest.file().toString(), 0, 0, field, message));
    }
}
