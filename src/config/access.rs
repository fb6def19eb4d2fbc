//! Who may connect and how much one client may take: client authentication,
//! resume tokens, the operator routes' browser rules, trusted proxies, and the
//! per-address quotas and memory budget that keep one client from taking the
//! session table.

use std::num::NonZeroU32;
use std::time::Duration;

use ipnet::IpNet;
use secrecy::{ExposeSecret, SecretString};

use super::reader::Reader;

/// Shortest secret accepted for a WebSocket API key or the JWT secret.
const MIN_SECRET_BYTES: usize = 16;
/// Shortest JWT secret (HS256 wants at least the hash's size).
const MIN_JWT_SECRET_BYTES: usize = 32;

/// One client API key and the principal it stands for.
#[derive(Debug, Clone)]
pub struct ApiKey {
    /// Who presents it; it becomes the sessions' user id.
    pub principal: String,
    /// The key.
    pub key: SecretString,
}

/// Access control and per-client limits.
#[derive(Debug, Clone)]
pub struct AccessSettings {
    /// Client keys (`WS_API_KEYS`, comma-separated `principal:key`).
    pub api_keys: Vec<ApiKey>,
    /// HS256 secret of client JWTs (`JWT_SECRET`).
    pub jwt_secret: Option<SecretString>,
    /// The `iss` a JWT must carry (`JWT_ISSUER`).
    pub jwt_issuer: Option<String>,
    /// The `aud` a JWT must carry (`JWT_AUDIENCE`).
    pub jwt_audience: Option<String>,
    /// Resuming needs the session's resume token, and clients cannot choose
    /// the id of a new session (`REQUIRE_RESUME_TOKEN`).
    pub require_resume_token: bool,
    /// Origins allowed to call the operator routes from a browser
    /// (`OPERATOR_CORS_ORIGINS`); none by default.
    pub operator_cors_origins: Vec<String>,
    /// Proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<IpNet>,
    /// Live sessions one address may have created (`MAX_SESSIONS_PER_IP`); `None`: no limit.
    pub max_sessions_per_ip: Option<usize>,
    /// Sessions one address may create per minute
    /// (`SESSION_CREATIONS_PER_MINUTE_PER_IP`); `None`: no limit.
    pub creations_per_minute_per_ip: Option<NonZeroU32>,
    /// How long a detached session that never got a message lives
    /// (`EMPTY_SESSION_TTL_SECONDS`).
    pub empty_session_ttl: Duration,
    /// Bytes all sessions' memories may hold together; past it new sessions are
    /// refused (`SESSIONS_MEMORY_BUDGET_MB`).
    pub memory_budget_bytes: u64,
}

impl Default for AccessSettings {
    /// Open access: no client auth, no resume token, no quota, no budget.
    fn default() -> Self {
        Self {
            api_keys: Vec::new(),
            jwt_secret: None,
            jwt_issuer: None,
            jwt_audience: None,
            require_resume_token: false,
            operator_cors_origins: Vec::new(),
            trusted_proxies: Vec::new(),
            max_sessions_per_ip: None,
            creations_per_minute_per_ip: None,
            empty_session_ttl: Duration::from_secs(60),
            memory_budget_bytes: u64::MAX,
        }
    }
}

impl AccessSettings {
    /// Whether clients must present a key or a token.
    #[must_use]
    pub fn requires_client_auth(&self) -> bool {
        !self.api_keys.is_empty() || self.jwt_secret.is_some()
    }
}

/// Reads the access settings.
pub(crate) fn read_access(r: &mut Reader<'_>) -> AccessSettings {
    let api_keys = read_api_keys(r);
    let jwt_secret = r.secret("JWT_SECRET");
    if jwt_secret
        .as_ref()
        .is_some_and(|s| s.expose_secret().len() < MIN_JWT_SECRET_BYTES)
    {
        r.fail(
            "JWT_SECRET",
            format!("must be at least {MIN_JWT_SECRET_BYTES} bytes"),
        );
    }
    let per_ip: usize = r.int("MAX_SESSIONS_PER_IP", 0..=10_000_000);
    let creations: u32 = r.int("SESSION_CREATIONS_PER_MINUTE_PER_IP", 0..=1_000_000);
    let budget_mb: u64 = r.int("SESSIONS_MEMORY_BUDGET_MB", 1..=1_048_576);
    AccessSettings {
        api_keys,
        jwt_secret,
        jwt_issuer: r.optional("JWT_ISSUER"),
        jwt_audience: r.optional("JWT_AUDIENCE"),
        require_resume_token: r.boolean("REQUIRE_RESUME_TOKEN"),
        operator_cors_origins: r.list("OPERATOR_CORS_ORIGINS"),
        trusted_proxies: read_proxies(r),
        max_sessions_per_ip: (per_ip > 0).then_some(per_ip),
        creations_per_minute_per_ip: NonZeroU32::new(creations),
        empty_session_ttl: Duration::from_secs(r.int("EMPTY_SESSION_TTL_SECONDS", 1..=86_400)),
        memory_budget_bytes: budget_mb.saturating_mul(1024 * 1024),
    }
}

/// `WS_API_KEYS`: `principal:key` entries, comma-separated; never recorded in clear.
fn read_api_keys(r: &mut Reader<'_>) -> Vec<ApiKey> {
    let Some(text) = r.secret("WS_API_KEYS") else {
        return Vec::new();
    };
    let mut keys = Vec::new();
    for (index, entry) in text.expose_secret().split(',').enumerate() {
        let Some((principal, key)) = entry.trim().split_once(':') else {
            r.fail(
                "WS_API_KEYS",
                format!("entry {} is not principal:key", index + 1),
            );
            continue;
        };
        let principal = principal.trim();
        if !is_principal(principal) {
            r.fail(
                "WS_API_KEYS",
                format!(
                    "entry {}: the principal must be 1 to 64 characters among A-Z a-z 0-9 _ . @ -",
                    index + 1
                ),
            );
        } else if key.trim().len() < MIN_SECRET_BYTES {
            r.fail(
                "WS_API_KEYS",
                format!(
                    "entry {}: the key must be at least {MIN_SECRET_BYTES} characters",
                    index + 1
                ),
            );
        } else {
            keys.push(ApiKey {
                principal: principal.to_owned(),
                key: SecretString::from(key.trim().to_owned()),
            });
        }
    }
    keys
}

/// Whether `name` can be a principal (and so a user id).
#[must_use]
pub fn is_principal(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'@' | b'-'))
}

/// `TRUSTED_PROXIES`: addresses or CIDRs.
fn read_proxies(r: &mut Reader<'_>) -> Vec<IpNet> {
    let mut proxies = Vec::new();
    for item in r.list("TRUSTED_PROXIES") {
        let parsed = item
            .parse::<IpNet>()
            .or_else(|_| item.parse::<std::net::IpAddr>().map(IpNet::from));
        match parsed {
            Ok(net) => proxies.push(net),
            Err(_) => r.fail(
                "TRUSTED_PROXIES",
                format!("{item:?} is not an address or a CIDR"),
            ),
        }
    }
    proxies
}
