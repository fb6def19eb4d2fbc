//! How a session is laid out in Redis: its keys, and its record (a hash of
//! fields, a list of messages, a list of answers) read back into Rust.
//!
//! Per session, under REDIS_KEY_PREFIX: `session:{id}` (hash: user_id,
//! created_at, last_activity, prompt_version, last_seq, answers_seq, epoch,
//! instance, connected, owner_until, metadata, earlier (what the session
//! remembers of the messages that left its window, summary included, as JSON)
//! and earlier_seq (the last message it covers)), `session:{id}:messages` (list of
//! utterances as JSON, the memory window; those `earlier` covers are skipped when
//! read), `session:{id}:answers` (list of
//! `"{seq} {frame}"`), `session:{id}:deleted` (a tombstone after a delete). For
//! the fleet: `sessions:created` (sorted set by creation time, for listing) and
//! `sessions:expires` (sorted set by expiry time, for sweeping the index), and
//! the channel `events`.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use serde_json::{Map, Value};

use super::super::{StoreError, StoredSession};
use crate::domain::{Earlier, SessionId, Utterance};
use crate::session::state::{Ownership, SessionInfo, SummaryInfo};

/// The key names of one deployment (REDIS_KEY_PREFIX).
#[derive(Debug, Clone)]
pub(super) struct Keys {
    prefix: String,
}

/// The keys of one session, in the order the scripts take them.
pub(super) struct SessionKeys {
    pub meta: String,
    pub messages: String,
    pub answers: String,
    pub tombstone: String,
}

impl Keys {
    pub(super) fn new(prefix: &str) -> Self {
        Self {
            prefix: prefix.to_owned(),
        }
    }

    pub(super) fn session(&self, id: &str) -> SessionKeys {
        let meta = format!("{}session:{id}", self.prefix);
        SessionKeys {
            messages: format!("{meta}:messages"),
            answers: format!("{meta}:answers"),
            tombstone: format!("{meta}:deleted"),
            meta,
        }
    }

    /// Every key a script of session `id` takes, in the scripts' order.
    pub(super) fn script_keys(&self, id: &str) -> [String; 6] {
        let keys = self.session(id);
        [
            keys.meta,
            keys.messages,
            keys.answers,
            keys.tombstone,
            self.created(),
            self.expires(),
        ]
    }

    pub(super) fn created(&self) -> String {
        format!("{}sessions:created", self.prefix)
    }

    pub(super) fn expires(&self) -> String {
        format!("{}sessions:expires", self.prefix)
    }

    pub(super) fn channel(&self) -> String {
        format!("{}events", self.prefix)
    }
}

/// Milliseconds since the epoch, as Redis keeps times.
pub(super) fn millis(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

fn time(fields: &HashMap<String, String>, name: &str) -> DateTime<Utc> {
    let ms = number(fields, name);
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

fn number(fields: &HashMap<String, String>, name: &str) -> i64 {
    fields
        .get(name)
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(0, |v| v as i64)
}

fn unsigned(fields: &HashMap<String, String>, name: &str) -> u64 {
    u64::try_from(number(fields, name)).unwrap_or(0)
}

/// What the session remembers of the messages that left its window; nothing
/// when the field is missing or unreadable (logged: the summary is lost, the
/// session goes on).
fn earlier(fields: &HashMap<String, String>) -> Earlier {
    let Some(json) = fields.get("earlier") else {
        return Earlier::default();
    };
    serde_json::from_str(json).unwrap_or_else(|error| {
        tracing::warn!(error = %error, "a stored summary cannot be read; it is dropped");
        Earlier::default()
    })
}

fn metadata(fields: &HashMap<String, String>) -> Map<String, Value> {
    fields
        .get("metadata")
        .and_then(|m| serde_json::from_str(m).ok())
        .unwrap_or_default()
}

/// What an operator sees of a stored session; `now_ms` decides whether its
/// owner's lease still holds (`connected`).
pub(super) fn info(id: SessionId, fields: &HashMap<String, String>, now_ms: i64) -> SessionInfo {
    let connected =
        fields.get("connected").is_some_and(|c| c == "1") && number(fields, "owner_until") > now_ms;
    SessionInfo {
        session_id: id,
        user_id: fields.get("user_id").cloned(),
        created_at: time(fields, "created_at"),
        last_activity: time(fields, "last_activity"),
        message_count: unsigned(fields, "last_seq"),
        connected,
        instance: fields.get("instance").cloned().unwrap_or_default(),
        prompt_version: fields.get("prompt_version").cloned().unwrap_or_default(),
        metadata: metadata(fields),
        summary: SummaryInfo::of(&earlier(fields)),
    }
}

/// A stored session from its fields, messages and answers.
///
/// # Errors
/// [`StoreError::Corrupt`] when a message is not an utterance.
pub(super) fn session(
    id: SessionId,
    fields: &HashMap<String, String>,
    messages: &[String],
    answers: &[String],
) -> Result<StoredSession, StoreError> {
    let messages = messages
        .iter()
        .map(|json| serde_json::from_str::<Utterance>(json))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| StoreError::Corrupt(format!("a stored message of {id}: {e}")))?;
    let answers = answers.iter().filter_map(|a| answer(a)).collect();
    Ok(StoredSession {
        user_id: fields.get("user_id").cloned(),
        created_at: time(fields, "created_at"),
        last_activity: time(fields, "last_activity"),
        prompt_version: fields.get("prompt_version").cloned().unwrap_or_default(),
        last_seq: unsigned(fields, "last_seq"),
        epoch: unsigned(fields, "epoch"),
        ownership: Ownership {
            owner: fields.get("owner").cloned(),
            resume_hash: fields.get("resume_hash").cloned(),
        },
        metadata: metadata(fields),
        messages,
        answers,
        earlier: earlier(fields),
        id,
    })
}

/// One stored answer: `"{seq} {frame}"`.
pub(super) fn answer_entry(seq: u64, json: &str) -> String {
    format!("{seq} {json}")
}

fn answer(entry: &str) -> Option<(u64, Arc<str>)> {
    let (seq, json) = entry.split_once(' ')?;
    Some((seq.parse().ok()?, Arc::from(json)))
}

/// A session's fields as the restore script sets them.
pub(super) fn fields(session: &StoredSession, instance: &str) -> Vec<(&'static str, String)> {
    let answers_seq = session.answers.last().map_or(0, |(seq, _)| *seq);
    let mut fields = vec![
        ("created_at", millis(session.created_at).to_string()),
        ("last_activity", millis(session.last_activity).to_string()),
        ("prompt_version", session.prompt_version.clone()),
        ("last_seq", session.last_seq.to_string()),
        ("answers_seq", answers_seq.to_string()),
        ("epoch", session.epoch.to_string()),
        ("instance", instance.to_owned()),
        (
            "metadata",
            Value::Object(session.metadata.clone()).to_string(),
        ),
    ];
    if session.earlier != Earlier::default() {
        let json = serde_json::to_string(&session.earlier).unwrap_or_default();
        fields.push(("earlier", json));
        fields.push(("earlier_seq", session.earlier.through_seq.to_string()));
    }
    if let Some(user_id) = &session.user_id {
        fields.push(("user_id", user_id.clone()));
    }
    if let Some(owner) = &session.ownership.owner {
        fields.push(("owner", owner.clone()));
    }
    if let Some(hash) = &session.ownership.resume_hash {
        fields.push(("resume_hash", hash.clone()));
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_back_into_the_same_session() {
        let id = SessionId::parse("record-test-1").unwrap();
        let at = Utc.timestamp_millis_opt(1_700_000_000_123).unwrap();
        let session = StoredSession {
            id: id.clone(),
            user_id: Some("u-1".to_owned()),
            created_at: at,
            last_activity: at,
            prompt_version: "v2".to_owned(),
            last_seq: 7,
            epoch: 3,
            ownership: Ownership {
                owner: Some("alice".to_owned()),
                resume_hash: Some("ab12".to_owned()),
            },
            metadata: serde_json::json!({"connections": 2})
                .as_object()
                .unwrap()
                .clone(),
            messages: Vec::new(),
            answers: vec![(7, Arc::from("{\"type\":\"suggestion\"}"))],
            earlier: Earlier {
                through_seq: 5,
                summary: Some(crate::domain::Summary {
                    text: Arc::from("Marie Dubois runs 42 agents."),
                    source: crate::domain::SummarySource::Llm,
                    updated_at: at,
                }),
                ..Earlier::default()
            },
        };
        let map: HashMap<String, String> = fields(&session, "host:8000")
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let answers = [answer_entry(7, "{\"type\":\"suggestion\"}")];
        let back = super::session(id, &map, &[], &answers).unwrap();
        assert_eq!(back, session);
    }
}
