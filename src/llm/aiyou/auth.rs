//! AI.YOU authentication: a static bearer token, or a log-in whose token is
//! renewed before it expires and once after a 401. Never logged.

use std::time::Duration;

use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Value, json};
use tokio::sync::Mutex;

use crate::llm::error::LlmError;
use crate::llm::http::{MAX_ERROR_BODY_BYTES, read_body, status_error};
use crate::llm::wire;

/// Renew a token this long before it expires.
pub const RENEW_MARGIN: Duration = Duration::from_secs(60);
/// Assumed lifetime of a token whose answer gives no readable `expires_at`.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// How the backend authenticates.
#[derive(Debug, Clone)]
pub enum Credentials {
    /// Log in with an e-mail and a password.
    Password {
        /// AIYOU_EMAIL.
        email: String,
        /// AIYOU_PASSWORD.
        password: SecretString,
    },
    /// A static token issued from the web UI (AIYOU_BEARER_TOKEN).
    Bearer(SecretString),
}

#[derive(Debug)]
struct Cached {
    token: SecretString,
    renew_at: DateTime<Utc>,
    generation: u64,
}

/// A token to call with, and which log-in issued it.
#[derive(Debug, Clone)]
pub struct Token {
    /// The bearer token.
    pub secret: SecretString,
    /// Which log-in issued it (0 for a static token).
    pub generation: u64,
}

/// Hands out a valid token, logging in when needed (one log-in at a time).
#[derive(Debug)]
pub struct TokenManager {
    client: reqwest::Client,
    login_url: String,
    credentials: Credentials,
    timeout: Duration,
    cached: Mutex<Option<Cached>>,
}

impl TokenManager {
    /// A manager logging in at `{base_url}/api/login`.
    #[must_use]
    pub fn new(
        client: reqwest::Client,
        base_url: &str,
        credentials: Credentials,
        timeout: Duration,
    ) -> Self {
        Self {
            client,
            login_url: format!("{}/api/login", base_url.trim_end_matches('/')),
            credentials,
            timeout,
            cached: Mutex::new(None),
        }
    }

    /// Whether a refused token can be replaced by logging in again.
    #[must_use]
    pub fn can_renew(&self) -> bool {
        matches!(self.credentials, Credentials::Password { .. })
    }

    /// A token valid for at least [`RENEW_MARGIN`].
    ///
    /// # Errors
    /// The log-in's failure: [`LlmError::Authentication`] for bad credentials.
    pub async fn token(&self) -> Result<Token, LlmError> {
        let (email, password) = match &self.credentials {
            Credentials::Bearer(secret) => {
                return Ok(Token {
                    secret: secret.clone(),
                    generation: 0,
                });
            }
            Credentials::Password { email, password } => (email, password),
        };
        let mut cached = self.cached.lock().await;
        if let Some(current) = cached.as_ref().filter(|c| Utc::now() < c.renew_at) {
            return Ok(Token {
                secret: current.token.clone(),
                generation: current.generation,
            });
        }
        let generation = cached.as_ref().map_or(1, |c| c.generation + 1);
        let (secret, expires_at) = tokio::time::timeout(self.timeout, self.login(email, password))
            .await
            .unwrap_or(Err(LlmError::Timeout("log-in")))?;
        let margin = chrono::Duration::from_std(RENEW_MARGIN).unwrap_or_default();
        tracing::info!(expires_at = %expires_at, "logged in to AI.YOU");
        *cached = Some(Cached {
            token: secret.clone(),
            renew_at: expires_at - margin,
            generation,
        });
        Ok(Token { secret, generation })
    }

    /// Forgets the token of `generation` after the API refused it.
    pub async fn invalidate(&self, generation: u64) {
        let mut cached = self.cached.lock().await;
        if let Some(current) = cached.as_mut().filter(|c| c.generation == generation) {
            current.renew_at = Utc::now();
        }
    }

    async fn login(
        &self,
        email: &str,
        password: &SecretString,
    ) -> Result<(SecretString, DateTime<Utc>), LlmError> {
        let body = json!({ "email": email, "password": password.expose_secret() });
        let response = self
            .client
            .post(&self.login_url)
            .json(&body)
            .send()
            .await
            .map_err(LlmError::from_transport)?;
        if !response.status().is_success() {
            let error = status_error(response).await;
            tracing::warn!(
                cause = error.kind(),
                "AI.YOU log-in refused; check AIYOU_EMAIL and AIYOU_PASSWORD"
            );
            return Err(error);
        }
        let text = read_body(response, MAX_ERROR_BODY_BYTES).await?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| LlmError::InvalidResponse(format!("log-in answer is not JSON: {e}")))?;
        if let Some(error) = wire::error_object(&value) {
            return Err(error);
        }
        read_login(&value)
    }
}

/// The token and its expiry from a log-in answer.
fn read_login(value: &Value) -> Result<(SecretString, DateTime<Utc>), LlmError> {
    let token = value
        .get("token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| LlmError::InvalidResponse("log-in answer without a token".to_owned()))?;
    let expires_at = value
        .get("expires_at")
        .and_then(Value::as_str)
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(|| {
            Utc::now() + chrono::Duration::from_std(DEFAULT_LIFETIME).unwrap_or_default()
        });
    Ok((SecretString::from(token.to_owned()), expires_at))
}
