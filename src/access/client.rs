//! Client authentication (optional): a key from WS_API_KEYS, or an HS256 JWT
//! signed with JWT_SECRET (its `sub` is the principal, `exp` is enforced, `iss`
//! and `aud` when configured). The principal becomes the sessions' user id.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use secrecy::ExposeSecret;
use serde::Deserialize;
use subtle::ConstantTimeEq;

use crate::config::{AccessSettings, ApiKey, is_principal};

/// Clock skew tolerated on `exp`, in seconds.
const LEEWAY_SECS: u64 = 5;

/// Who an authenticated client is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The key's principal or the token's `sub`.
    pub name: String,
    /// When the token stops being valid (a JWT's `exp`); `None` for a key.
    pub expires_at: Option<SystemTime>,
}

impl Principal {
    /// Time left before the credential expires, if it does.
    #[must_use]
    pub fn time_left(&self) -> Option<Duration> {
        let expires_at = self.expires_at?;
        Some(
            expires_at
                .duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO),
        )
    }
}

/// Why a client is refused (the texts are for clients: no detail of the check).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No key or token was presented.
    #[error("authentication required: send a key or token as Authorization: Bearer or ?token=")]
    Missing,
    /// The key or token is wrong, expired, or not for this server.
    #[error("invalid or expired key or token")]
    Invalid,
}

#[derive(Debug, Deserialize)]
struct Claims {
    sub: String,
    exp: u64,
}

/// The configured ways to authenticate clients.
pub struct ClientAuth {
    keys: Vec<ApiKey>,
    jwt: Option<(DecodingKey, Validation)>,
}

impl std::fmt::Debug for ClientAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientAuth")
            .field("keys", &self.keys.len())
            .field("jwt", &self.jwt.is_some())
            .finish()
    }
}

impl ClientAuth {
    /// The keys and JWT settings of `access`.
    #[must_use]
    pub fn new(access: &AccessSettings) -> Self {
        let jwt = access.jwt_secret.as_ref().and_then(|secret| {
            let key = DecodingKey::from_secret(secret.expose_secret().as_bytes()).ok()?;
            let mut validation = Validation::new(Algorithm::HS256);
            validation.leeway = LEEWAY_SECS;
            validation.set_required_spec_claims(&["exp", "sub"]);
            if let Some(issuer) = &access.jwt_issuer {
                validation.set_issuer(&[issuer]);
            }
            match &access.jwt_audience {
                Some(audience) => validation.set_audience(&[audience]),
                None => validation.validate_aud = false,
            }
            Some((key, validation))
        });
        Self {
            keys: access.api_keys.clone(),
            jwt,
        }
    }

    /// Whether clients must authenticate.
    #[must_use]
    pub fn is_required(&self) -> bool {
        !self.keys.is_empty() || self.jwt.is_some()
    }

    /// The principal `presented` (a key or a JWT) stands for.
    ///
    /// # Errors
    /// [`AuthError::Missing`] without a credential, [`AuthError::Invalid`] for a
    /// wrong or expired one.
    pub fn authenticate(&self, presented: Option<&str>) -> Result<Principal, AuthError> {
        let presented = presented.map(str::trim).filter(|p| !p.is_empty());
        let presented = presented.ok_or(AuthError::Missing)?;
        if let Some(principal) = self.key_principal(presented) {
            return Ok(principal);
        }
        self.jwt_principal(presented).ok_or(AuthError::Invalid)
    }

    /// The principal of a matching key; every key is compared, in constant time.
    fn key_principal(&self, presented: &str) -> Option<Principal> {
        let mut found = None;
        for key in &self.keys {
            let equal: bool = presented
                .as_bytes()
                .ct_eq(key.key.expose_secret().as_bytes())
                .into();
            if equal {
                found = Some(key.principal.clone());
            }
        }
        found.map(|name| Principal {
            name,
            expires_at: None,
        })
    }

    fn jwt_principal(&self, presented: &str) -> Option<Principal> {
        let (key, validation) = self.jwt.as_ref()?;
        let claims = jsonwebtoken::decode::<Claims>(presented, key, validation)
            .ok()?
            .claims;
        if !is_principal(&claims.sub) {
            return None;
        }
        Some(Principal {
            name: claims.sub,
            expires_at: Some(UNIX_EPOCH + Duration::from_secs(claims.exp)),
        })
    }
}

#[cfg(test)]
mod tests {
    use jsonwebtoken::{EncodingKey, Header};
    use secrecy::SecretString;

    use super::*;

    const SECRET: &str = "a-test-secret-of-at-least-32-bytes!!";

    fn auth() -> ClientAuth {
        let access = AccessSettings {
            api_keys: vec![ApiKey {
                principal: "agent-7".to_owned(),
                key: SecretString::from("key-0123456789abcdef"),
            }],
            jwt_secret: Some(SecretString::from(SECRET)),
            jwt_issuer: Some("callshadow-tests".to_owned()),
            ..AccessSettings::default()
        };
        ClientAuth::new(&access)
    }

    fn token(sub: &str, exp_in: i64, iss: &str, secret: &str) -> String {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let claims = serde_json::json!({"sub": sub, "exp": now + exp_in, "iss": iss});
        let key = EncodingKey::from_secret(secret.as_bytes()).unwrap();
        jsonwebtoken::encode(&Header::default(), &claims, &key).unwrap()
    }

    #[test]
    fn a_key_or_a_valid_token_names_the_principal() {
        let auth = auth();
        assert_eq!(
            auth.authenticate(Some("key-0123456789abcdef"))
                .unwrap()
                .name,
            "agent-7"
        );
        let principal = auth
            .authenticate(Some(&token("alice", 600, "callshadow-tests", SECRET)))
            .unwrap();
        assert_eq!(principal.name, "alice");
        assert!(principal.time_left().unwrap() > Duration::from_secs(590));
    }

    #[test]
    fn missing_wrong_expired_or_foreign_credentials_are_refused() {
        let auth = auth();
        assert_eq!(auth.authenticate(None), Err(AuthError::Missing));
        assert_eq!(auth.authenticate(Some("  ")), Err(AuthError::Missing));
        assert_eq!(
            auth.authenticate(Some("key-0123456789abcdeX")),
            Err(AuthError::Invalid)
        );
        let expired = token("alice", -60, "callshadow-tests", SECRET);
        let other_issuer = token("alice", 600, "someone-else", SECRET);
        let other_secret = token(
            "alice",
            600,
            "callshadow-tests",
            "another-secret-of-32-bytes-or-more!",
        );
        let bad_sub = token("alice smith", 600, "callshadow-tests", SECRET);
        for refused in [
            expired,
            other_issuer,
            other_secret,
            bad_sub,
            "not.a.jwt".to_owned(),
        ] {
            assert_eq!(
                auth.authenticate(Some(&refused)),
                Err(AuthError::Invalid),
                "{refused}"
            );
        }
    }
}
