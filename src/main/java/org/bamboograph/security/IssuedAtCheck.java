package org.bamboograph.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies tokens as SmallRye JWT does (signature, issuer, expiry with {@code mp.jwt.verify.clock.skew}), and also
 * refuses a token issued in the future: one whose {@code iat} is further ahead of this server's clock than the
 * allowed skew was not minted by an issuer whose clock agrees with ours, and would stay valid longer than it says.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class IssuedAtCheck extends DefaultJWTCallerPrincipalFactory {

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal principal = super.parse(token, context);
        long now = System.currentTimeMillis() / 1000;
        if (principal.getIssuedAtTime() > now + Math.max(0, context.getClockSkew())) {
            throw new ParseException("the token was issued in the future (iat " + principal.getIssuedAtTime()
                    + ", now " + now + ")");
        }
        return principal;
    }
}
