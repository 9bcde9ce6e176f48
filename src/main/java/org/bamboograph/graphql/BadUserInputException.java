package org.bamboograph.graphql;

/** An argument value the service can't use; {@code extensions.argument} names the argument to change. */
public class BadUserInputException extends CodedException {

    public BadUserInputException(String argument, String message) {
        super(ErrorCode.BAD_USER_INPUT, message);
        with("argument", argument);
    }
}
