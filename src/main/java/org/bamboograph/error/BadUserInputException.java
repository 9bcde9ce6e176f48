package org.bamboograph.error;

/** An argument value the service can't use; {@code extensions.argument} names the argument to change. */
public class BadUserInputException extends CodedException {

    public BadUserInputException(String argument, String message) {
        super(ErrorCode.BAD_USER_INPUT, message);
        with("argument", argument);
    }

    /** A field of an input object: {@code extensions.field} is its path inside the argument ("sources[0].excerpt"). */
    public static BadUserInputException field(String field, String message) {
        BadUserInputException e = new BadUserInputException("input", message);
        e.with("field", field);
        return e;
    }
}
