//! The fake's shared state: script, records, counters and AI.YOU tokens.
//!
//! Everything sits behind one `std::sync::Mutex`, locked briefly and never across an
//! `.await`.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};

use super::Recorded;
use super::step::{DEFAULT_SUGGESTION, Step};

/// The state every handler shares.
#[derive(Debug, Default)]
pub(super) struct Shared {
    inner: Mutex<Inner>,
}

impl Shared {
    /// Runs `f` with the state locked.
    pub(super) fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut inner)
    }
}

/// The state itself.
#[derive(Debug)]
pub(super) struct Inner {
    /// Steps waiting for a chat request, first in first out.
    pub(super) queue: VecDeque<Step>,
    /// The step used when the queue is empty.
    pub(super) default: Step,
    /// Steps for requests whose prompt contains every one of some texts, checked
    /// before the queue.
    pub(super) rules: Vec<(Vec<String>, Step)>,
    /// Every chat request, in order of arrival.
    pub(super) recorded: Vec<Recorded>,
    /// Chat requests dropped before they completed.
    pub(super) dropped: usize,
    /// Chat requests whose answer was fully sent.
    pub(super) completed: usize,
    /// Chat requests the fake aborted on purpose (reset, cut stream).
    pub(super) aborted: usize,
    /// OpenAI: the API key the `Authorization` header must carry, if any.
    pub(super) api_key: Option<String>,
    /// AI.YOU: the accepted email.
    pub(super) email: String,
    /// AI.YOU: the accepted password.
    pub(super) password: String,
    /// AI.YOU: how long a new token lasts.
    pub(super) token_lifetime: chrono::Duration,
    /// AI.YOU: valid tokens and when they expire.
    pub(super) tokens: HashMap<String, DateTime<Utc>>,
    /// AI.YOU: tokens issued so far, to number the next one.
    pub(super) issued: usize,
    /// AI.YOU: successful logins.
    pub(super) logins: usize,
    /// AI.YOU: every login request.
    pub(super) login_attempts: usize,
    /// AI.YOU: non-streamed answers wrapped in `{"response": ...}`.
    pub(super) wrapped: bool,
    /// AI.YOU: non-streamed `message.content` as an array of text parts.
    pub(super) content_parts: bool,
    /// AI.YOU: the login answer's `user.id` as an integer.
    pub(super) user_id_as_int: bool,
    /// Bytes of endless bodies handed to the connections.
    pub(super) streamed_bytes: usize,
    /// AI.YOU: answer every login with this redirect status and `Location`.
    pub(super) login_redirect: Option<(u16, String)>,
    /// AI.YOU: the password of every login request that carried one.
    pub(super) passwords_seen: Vec<String>,
    /// The prompt and cached token counts every completion reports, if set.
    pub(super) usage: Option<(usize, usize)>,
    /// TCP connections accepted.
    pub(super) connections: usize,
}

impl Default for Inner {
    fn default() -> Self {
        Self {
            queue: VecDeque::new(),
            default: Step::answer(DEFAULT_SUGGESTION),
            rules: Vec::new(),
            recorded: Vec::new(),
            dropped: 0,
            completed: 0,
            aborted: 0,
            api_key: None,
            email: "agent@example.com".to_owned(),
            password: "correct-horse".to_owned(),
            token_lifetime: chrono::Duration::days(7),
            tokens: HashMap::new(),
            issued: 0,
            logins: 0,
            login_attempts: 0,
            wrapped: false,
            content_parts: false,
            user_id_as_int: false,
            streamed_bytes: 0,
            login_redirect: None,
            passwords_seen: Vec::new(),
            usage: None,
            connections: 0,
        }
    }
}

impl Inner {
    /// The step of the first rule whose texts the prompt contains; else the next
    /// queued step, or the default one.
    pub(super) fn next_step(&mut self, prompt: &str) -> Step {
        let matches = |texts: &Vec<String>| texts.iter().all(|t| prompt.contains(t.as_str()));
        if let Some((_, step)) = self.rules.iter().find(|(texts, _)| matches(texts)) {
            return step.clone();
        }
        self.queue
            .pop_front()
            .unwrap_or_else(|| self.default.clone())
    }

    /// The default step's content, or the default suggestion if it has none.
    pub(super) fn default_content(&self) -> String {
        match &self.default.reply {
            super::Reply::Content(content) => content.clone(),
            _ => DEFAULT_SUGGESTION.to_owned(),
        }
    }

    /// Whether `authorization` carries the required OpenAI API key (if one is required).
    pub(super) fn api_key_accepted(&self, authorization: Option<&str>) -> bool {
        self.api_key
            .as_deref()
            .is_none_or(|key| bearer(authorization) == Some(key))
    }

    /// Issues a new AI.YOU token: its value and expiry.
    pub(super) fn issue_token(&mut self) -> (String, DateTime<Utc>) {
        self.issued += 1;
        let token = format!("tok-{}", self.issued);
        let expires_at = Utc::now() + self.token_lifetime;
        self.tokens.insert(token.clone(), expires_at);
        (token, expires_at)
    }

    /// Whether `authorization` carries a valid, unexpired AI.YOU token.
    pub(super) fn token_accepted(&self, authorization: Option<&str>) -> bool {
        bearer(authorization)
            .and_then(|token| self.tokens.get(token))
            .is_some_and(|expires_at| *expires_at > Utc::now())
    }
}

/// The token of a `Bearer <token>` header value.
fn bearer(authorization: Option<&str>) -> Option<&str> {
    authorization?.strip_prefix("Bearer ")
}

/// Counts a chat request as dropped unless it is settled first.
///
/// Held by the handler while it waits, then moved into the response body, so a
/// request the client abandons at any point before the end is seen when its future
/// or body is dropped.
#[derive(Debug)]
pub(super) struct Tracker {
    shared: Arc<Shared>,
    settled: bool,
}

impl Tracker {
    /// Tracks a request that just arrived.
    pub(super) fn new(shared: Arc<Shared>) -> Self {
        Self {
            shared,
            settled: false,
        }
    }

    /// The answer was fully sent.
    pub(super) fn complete(mut self) {
        self.settled = true;
        self.shared.with(|inner| inner.completed += 1);
    }

    /// `bytes` more of the answer were handed to the connection.
    pub(super) fn sent(&self, bytes: usize) {
        self.shared.with(|inner| inner.streamed_bytes += bytes);
    }

    /// The fake aborted the answer on purpose: neither dropped nor completed.
    pub(super) fn abort(mut self) {
        self.settled = true;
        self.shared.with(|inner| inner.aborted += 1);
    }
}

impl Drop for Tracker {
    fn drop(&mut self) {
        if !self.settled {
            self.shared.with(|inner| inner.dropped += 1);
        }
    }
}
