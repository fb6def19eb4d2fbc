//! A provider scripted by the test: it waits, then answers, fails or panics,
//! and counts its calls (started, finished, cancelled).

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use callshadow::agents::agent::Agent;
use callshadow::agents::error::AgentError;
use callshadow::agents::store::PromptSnapshot;
use callshadow::domain::{Conversation, Suggestion, SuggestionSource};

/// A suggestion the scripted provider answers with.
pub fn scripted_suggestion() -> Suggestion {
    Suggestion {
        questions: vec!["Scripted one?".to_owned(), "Scripted two?".to_owned()],
        signals_detected: vec!["scripted".to_owned()],
        recommended_direction: "Scripted direction.".to_owned(),
    }
}

/// What the scripted provider does on each call.
#[derive(Debug, Clone)]
pub enum Script {
    /// Answers the scripted suggestion.
    Answer,
    /// Fails with this error.
    Fail(fn() -> AgentError),
    /// Panics.
    Panic,
}

/// A provider that waits, then answers, fails or panics as told; counts calls.
pub struct ScriptedProvider {
    /// Wait before answering.
    pub delay: Duration,
    /// What to do.
    pub script: Mutex<Script>,
    /// Calls started.
    pub started: AtomicUsize,
    /// Calls finished (not cancelled).
    pub finished: AtomicUsize,
    /// Calls dropped before they finished (cancelled).
    pub cancelled: AtomicUsize,
}

/// Counts a call as cancelled if it is dropped before it finishes.
struct CancelGuard<'a> {
    cancelled: &'a AtomicUsize,
    done: bool,
}

impl Drop for CancelGuard<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.cancelled.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl ScriptedProvider {
    /// A provider answering after `delay`.
    pub fn new(delay: Duration, script: Script) -> Arc<Self> {
        Arc::new(Self {
            delay,
            script: Mutex::new(script),
            started: AtomicUsize::new(0),
            finished: AtomicUsize::new(0),
            cancelled: AtomicUsize::new(0),
        })
    }
}

#[async_trait]
impl Agent<Suggestion> for ScriptedProvider {
    fn name(&self) -> &'static str {
        "scripted"
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Llm
    }

    async fn run(
        &self,
        _conversation: &Conversation,
        _snapshot: &PromptSnapshot,
        _deadline: tokio::time::Instant,
    ) -> Result<Suggestion, AgentError> {
        self.started.fetch_add(1, Ordering::SeqCst);
        let mut guard = CancelGuard {
            cancelled: &self.cancelled,
            done: false,
        };
        tokio::time::sleep(self.delay).await;
        guard.done = true;
        self.finished.fetch_add(1, Ordering::SeqCst);
        let script = self.script.lock().unwrap().clone();
        match script {
            Script::Answer => Ok(scripted_suggestion()),
            Script::Fail(error) => Err(error()),
            Script::Panic => panic!("scripted provider panic"),
        }
    }
}
