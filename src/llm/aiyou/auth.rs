//! AI.YOU authentication: a static bearer token, or a log-in whose token is
//! renewed before it expires and once after a 401. Never logged.
//!
//! The upstream is untrusted and the settings may be wrong, so a log-in never runs
//! once per message: a token is reused for most of its lifetime however short it is
//! ([`reuse_for`]), and a log-in that failed for good (credentials refused, a
//! redirect, an answer without a token) is remembered and backed off
//! ([`login_backoff`]): until the back-off ends every call gets the same error at
//! once, without a request. Transient failures (timeouts, connection errors, 5xx,
//! 429) are not remembered: the retry loop and the circuit breaker, which count each
//! one, bound them already.

use std::time::Duration;

use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Value, json};
use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::llm::error::LlmError;
use crate::llm::http::{Endpoint, MAX_ERROR_BODY_BYTES, read_body, status_error};
use crate::llm::wire;

/// The most a token is renewed before its expiry (a tenth of its lifetime when
/// that is shorter).
pub const RENEW_MARGIN: Duration = Duration::from_secs(60);
/// The shortest time a new token is used, even one that claims to be expired
/// already (the two clocks may differ; a 401 renews it anyway).
pub const MIN_TOKEN_REUSE: Duration = Duration::from_secs(5);
/// The wait after a first failed log-in; it doubles with each further failure.
pub const LOGIN_BACKOFF_INITIAL: Duration = Duration::from_secs(1);
/// The longest wait between two failed log-ins.
pub const LOGIN_BACKOFF_MAX: Duration = Duration::from_secs(60);
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

/// A token to call with, and which log-in issued it.
#[derive(Debug, Clone)]
pub struct Token {
    /// The bearer token.
    pub secret: SecretString,
    /// Which log-in issued it (0 for a static token).
    pub generation: u64,
}

/// How long a token valid for `lifetime` is used before a new log-in: all of it
/// but a margin of a tenth of it, at most [`RENEW_MARGIN`], and never less than
/// [`MIN_TOKEN_REUSE`].
#[must_use]
pub fn reuse_for(lifetime: Duration) -> Duration {
    let margin = RENEW_MARGIN.min(lifetime / 10);
    lifetime.saturating_sub(margin).max(MIN_TOKEN_REUSE)
}

/// The wait before trying again after `failures` consecutive failed log-ins (1
/// or more): [`LOGIN_BACKOFF_INITIAL`] doubled each time, at most
/// [`LOGIN_BACKOFF_MAX`].
#[must_use]
pub fn login_backoff(failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(16);
    LOGIN_BACKOFF_INITIAL
        .saturating_mul(1 << doublings)
        .min(LOGIN_BACKOFF_MAX)
}

/// Where the log-in stands.
#[derive(Debug)]
enum State {
    /// No log-in yet (or the last failure was transient).
    Idle,
    /// A token, used until `renew_at`.
    Valid {
        token: SecretString,
        renew_at: Instant,
        generation: u64,
    },
    /// The last log-ins failed for good: `error` is the answer until `retry_at`.
    Failed {
        error: LlmError,
        retry_at: Instant,
        failures: u32,
    },
}

/// Hands out a valid token, logging in when needed (one log-in at a time).
#[derive(Debug)]
pub struct TokenManager {
    client: reqwest::Client,
    login_url: Endpoint,
    credentials: Credentials,
    timeout: Duration,
    current: Mutex<Login>,
}

/// The log-in's state, and how many tokens it obtained (to number them).
#[derive(Debug)]
struct Login {
    state: State,
    issued: u64,
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
            login_url: Endpoint::join(base_url, "/api/login"),
            credentials,
            timeout,
            current: Mutex::new(Login {
                state: State::Idle,
                issued: 0,
            }),
        }
    }

    /// Whether a refused token can be replaced by logging in again.
    #[must_use]
    pub fn can_renew(&self) -> bool {
        matches!(self.credentials, Credentials::Password { .. })
    }

    /// A token to call with: the static one, the current one, or a new log-in's.
    ///
    /// # Errors
    /// The log-in's failure ([`LlmError::LoginRefused`] for bad credentials), or
    /// the remembered failure while its back-off lasts.
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
        let mut login = self.current.lock().await;
        match &login.state {
            State::Valid {
                token,
                renew_at,
                generation,
            } if Instant::now() < *renew_at => {
                return Ok(Token {
                    secret: token.clone(),
                    generation: *generation,
                });
            }
            State::Failed {
                error, retry_at, ..
            } if Instant::now() < *retry_at => return Err(error.clone()),
            _ => {}
        }
        let outcome = tokio::time::timeout(self.timeout, self.login(email, password))
            .await
            .unwrap_or(Err(LlmError::Timeout("log-in")));
        settle(&mut login, outcome)
    }

    /// Forgets the token of `generation` after the API refused it.
    pub async fn invalidate(&self, generation: u64) {
        let mut login = self.current.lock().await;
        if let State::Valid {
            renew_at,
            generation: current,
            ..
        } = &mut login.state
            && *current == generation
        {
            *renew_at = Instant::now();
        }
    }

    /// One log-in: the token and how long it is valid.
    async fn login(
        &self,
        email: &str,
        password: &SecretString,
    ) -> Result<(SecretString, Duration), LlmError> {
        let body = json!({ "email": email, "password": password.expose_secret() });
        let response = self
            .login_url
            .post(&self.client)
            .json(&body)
            .send()
            .await
            .map_err(LlmError::from_transport)?;
        if !response.status().is_success() {
            return Err(refused(status_error(response).await));
        }
        let text = read_body(response, MAX_ERROR_BODY_BYTES).await?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| LlmError::InvalidResponse(format!("log-in answer is not JSON: {e}")))?;
        if let Some(error) = wire::error_object(&value) {
            return Err(refused(error));
        }
        read_login(&value)
    }
}

/// Settles `login` after a log-in that ended with `outcome`; the caller's answer.
fn settle(
    login: &mut Login,
    outcome: Result<(SecretString, Duration), LlmError>,
) -> Result<Token, LlmError> {
    match outcome {
        Ok((secret, lifetime)) => {
            login.issued += 1;
            let reuse = reuse_for(lifetime);
            tracing::info!(reuse_s = reuse.as_secs(), "logged in to AI.YOU");
            login.state = State::Valid {
                token: secret.clone(),
                renew_at: Instant::now() + reuse,
                generation: login.issued,
            };
            Ok(Token {
                secret,
                generation: login.issued,
            })
        }
        Err(error) if error.is_transient() => Err(error),
        Err(error) => {
            login.state = failed(&login.state, &error);
            Err(error)
        }
    }
}

/// The state after a log-in failed for good with `error`: its back-off doubles
/// while the failures go on.
fn failed(state: &State, error: &LlmError) -> State {
    let failures = match state {
        State::Failed { failures, .. } => failures.saturating_add(1),
        _ => 1,
    };
    let wait = login_backoff(failures);
    tracing::warn!(
        cause = error.kind(),
        failures,
        retry_in_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
        "AI.YOU log-in failed; check AIYOU_BASE_URL, AIYOU_EMAIL and AIYOU_PASSWORD"
    );
    State::Failed {
        error: error.clone(),
        retry_at: Instant::now() + wait,
        failures,
    }
}

/// A log-in's error: a client error (400, 401, 403: bad credentials) becomes
/// [`LlmError::LoginRefused`]. No excerpt of the answer is kept: it might echo
/// the password.
fn refused(error: LlmError) -> LlmError {
    match error {
        LlmError::Authentication { status, .. } | LlmError::BadRequest { status, .. } => {
            LlmError::LoginRefused { status }
        }
        LlmError::RateLimited { retry_after, .. } => LlmError::RateLimited {
            retry_after,
            excerpt: String::new(),
        },
        LlmError::Server {
            status,
            retry_after,
            ..
        } => LlmError::Server {
            status,
            excerpt: String::new(),
            retry_after,
        },
        other => other,
    }
}

/// The token and its lifetime from a log-in answer.
fn read_login(value: &Value) -> Result<(SecretString, Duration), LlmError> {
    let token = value
        .get("token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| LlmError::InvalidResponse("log-in answer without a token".to_owned()))?;
    let lifetime = value
        .get("expires_at")
        .and_then(Value::as_str)
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map_or(DEFAULT_LIFETIME, |expires_at| {
            let left = expires_at.with_timezone(&Utc) - Utc::now();
            left.to_std().unwrap_or(Duration::ZERO)
        });
    Ok((SecretString::from(token.to_owned()), lifetime))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_reused_for_most_of_its_lifetime_however_short() {
        let week = Duration::from_secs(7 * 24 * 3600);
        assert_eq!(reuse_for(week), week - RENEW_MARGIN);
        assert_eq!(reuse_for(Duration::from_secs(30)), Duration::from_secs(27));
        assert_eq!(
            reuse_for(Duration::from_secs(300)),
            Duration::from_secs(270)
        );
        assert_eq!(reuse_for(Duration::from_secs(1)), MIN_TOKEN_REUSE);
        assert_eq!(reuse_for(Duration::ZERO), MIN_TOKEN_REUSE);
    }

    #[test]
    fn failed_log_ins_back_off_exponentially_up_to_a_cap() {
        let waits: Vec<u64> = (1..=9).map(|n| login_backoff(n).as_secs()).collect();
        assert_eq!(waits, vec![1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(login_backoff(u32::MAX), LOGIN_BACKOFF_MAX);
    }

    #[test]
    fn refused_log_ins_are_typed_and_keep_no_body() {
        let bad = LlmError::BadRequest {
            status: 400,
            excerpt: "password=hunter2".to_owned(),
        };
        assert_eq!(refused(bad), LlmError::LoginRefused { status: 400 });
        let unauthorized = LlmError::Authentication {
            status: 401,
            excerpt: "password=hunter2".to_owned(),
        };
        assert_eq!(
            refused(unauthorized),
            LlmError::LoginRefused { status: 401 }
        );
        let moved = LlmError::Redirected { status: 307 };
        assert_eq!(refused(moved.clone()), moved);
        let echoed = LlmError::Server {
            status: 500,
            excerpt: "password=hunter2".to_owned(),
            retry_after: None,
        };
        assert!(!format!("{:?}", refused(echoed)).contains("hunter2"));
    }

    fn manager() -> TokenManager {
        let credentials = Credentials::Password {
            email: "a@example.com".to_owned(),
            password: SecretString::from("pw".to_owned()),
        };
        let client = reqwest::Client::new();
        TokenManager::new(
            client,
            "http://127.0.0.1:9",
            credentials,
            Duration::from_secs(1),
        )
    }

    #[tokio::test(start_paused = true)]
    async fn a_failure_for_good_is_answered_without_a_log_in_until_its_back_off_ends() {
        let auth = manager();
        let refused = LlmError::LoginRefused { status: 401 };
        let mut state = auth.current.lock().await;
        assert!(settle(&mut state, Err(refused.clone())).is_err());
        assert!(matches!(state.state, State::Failed { failures: 1, .. }));
        drop(state);
        assert_eq!(auth.token().await.unwrap_err(), refused, "remembered");
        tokio::time::advance(LOGIN_BACKOFF_INITIAL).await;
        let mut state = auth.current.lock().await;
        assert!(settle(&mut state, Err(refused.clone())).is_err());
        let State::Failed {
            failures, retry_at, ..
        } = &state.state
        else {
            panic!("still failed");
        };
        assert_eq!(*failures, 2);
        assert_eq!(
            *retry_at - Instant::now(),
            2 * LOGIN_BACKOFF_INITIAL,
            "doubled"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_transient_failure_is_not_remembered_and_a_success_forgets_failures() {
        let auth = manager();
        let mut state = auth.current.lock().await;
        let refused = LlmError::LoginRefused { status: 401 };
        assert!(settle(&mut state, Err(refused)).is_err());
        let timeout = LlmError::Timeout("log-in");
        assert!(settle(&mut state, Err(timeout)).is_err());
        assert!(
            matches!(state.state, State::Failed { failures: 1, .. }),
            "unchanged"
        );
        let token = (SecretString::from("t".to_owned()), Duration::from_secs(30));
        assert_eq!(settle(&mut state, Ok(token)).unwrap().generation, 1);
        let State::Valid { renew_at, .. } = &state.state else {
            panic!("a token");
        };
        assert_eq!(*renew_at - Instant::now(), Duration::from_secs(27));
    }

    #[tokio::test(start_paused = true)]
    async fn a_valid_token_is_handed_out_until_its_renewal_time() {
        let auth = manager();
        let token = (SecretString::from("t".to_owned()), Duration::from_secs(30));
        settle(&mut *auth.current.lock().await, Ok(token)).unwrap();
        tokio::time::advance(Duration::from_secs(26)).await;
        assert_eq!(auth.token().await.unwrap().secret.expose_secret(), "t");
        auth.invalidate(1).await;
        let State::Valid { renew_at, .. } = &auth.current.lock().await.state else {
            panic!("a token");
        };
        assert!(
            *renew_at <= Instant::now(),
            "a refused token is renewed next"
        );
    }
}
