package org.eventwire.ingest;

import java.io.IOException;

/** An input over a size cap; its message is the item's one-line error, as it stands. */
final class InputTooLargeException extends IOException {
    InputTooLargeException(String message) {
        super(message);
    }
}
