package presskit.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a rendered post file into exactly the text to post. */
final class PostText {

    private PostText() {}

    /**
     * The file's text, decoded strictly as UTF-8, without the one trailing newline a text file may
     * end with.
     *
     * @throws java.nio.charset.CharacterCodingException when the file is not UTF-8
     */
    static String read(Path file) throws IOException {
        String text =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
        return stripOneTrailingNewline(text);
    }

    /**
     * Removes a single final {@code \n} or {@code \r\n}: the build ends files with one, posts do
     * not.
     */
    static String stripOneTrailingNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("\n")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
