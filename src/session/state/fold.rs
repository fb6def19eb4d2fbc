//! A session's running summary: the messages leaving its window folded into it
//! (SPEC 8), and what an operator sees of it.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Session, delta};
use crate::domain::{Earlier, FoldRequest, Folded, Summary, SummarySource};

/// The running summary of a session, as an operator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SummaryInfo {
    /// The summary, as it goes into the prompts.
    #[schema(value_type = String)]
    pub text: Arc<str>,
    /// Who wrote its last version: the LLM, or the embedded analyzer.
    pub source: SummarySource,
    /// The `seq` of the last message it covers.
    pub through_seq: u64,
    /// When it was last rewritten.
    pub updated_at: DateTime<Utc>,
}

impl SummaryInfo {
    /// What an operator sees of `earlier`'s summary, if it has one.
    #[must_use]
    pub fn of(earlier: &Earlier) -> Option<Self> {
        let summary = earlier.summary.as_ref()?;
        Some(Self {
            text: Arc::clone(&summary.text),
            source: summary.source,
            through_seq: earlier.through_seq,
            updated_at: summary.updated_at,
        })
    }
}

/// A fold to run: messages that leave the window, and the summary so far.
#[derive(Debug, Clone)]
pub struct FoldJob {
    /// Which fold this is: only the one in flight is applied.
    pub generation: u64,
    /// The `seq` of the last message it folds.
    pub through_seq: u64,
    /// What to fold.
    pub request: FoldRequest,
    /// Whether it must be done now, without waiting for an LLM: the memory is at
    /// its cap while a slower fold is on its way (that one is then discarded).
    pub urgent: bool,
}

/// A fold applied.
#[derive(Debug, Clone)]
pub struct FoldApplied {
    /// The change of the bytes the session holds.
    pub bytes_delta: i64,
    /// What the session now remembers of earlier messages, to write through.
    pub earlier: Earlier,
}

impl Session {
    /// Removes the messages up to `seq` from the window, counting them as earlier.
    pub(super) fn forget_through(&mut self, seq: u64) {
        for message in self.memory.remove_through(seq) {
            self.earlier.tally.add(&message);
        }
        self.earlier.through_seq = self.earlier.through_seq.max(seq);
    }

    /// The fold to start now, if the window must give way into the summary: in
    /// the background when none is on its way; at once (`urgent`) when the memory
    /// reached its cap while one is (it will be discarded).
    pub fn start_fold(&mut self) -> Option<FoldJob> {
        if !self.memory.summarizes() {
            return None;
        }
        let urgent = self.folding.is_some() && self.memory.len() >= self.memory.cap();
        if self.folding.is_some() && !urgent {
            return None;
        }
        let messages = self.memory.oldest(self.memory.due());
        let through_seq = messages.last()?.seq;
        self.generations += 1;
        self.folding = Some(self.generations);
        Some(FoldJob {
            generation: self.generations,
            through_seq,
            request: FoldRequest {
                session_id: self.id.clone(),
                previous: self.earlier.summary.as_ref().map(|s| Arc::clone(&s.text)),
                digest: self.earlier.digest.clone(),
                messages,
            },
            urgent,
        })
    }

    /// Applies fold `generation`, through message `through_seq`, if it is still
    /// the one in flight; what changed, to count and write through.
    pub fn finish_fold(
        &mut self,
        generation: u64,
        through_seq: u64,
        folded: Folded,
    ) -> Option<FoldApplied> {
        if self.folding != Some(generation) || self.deleted {
            return None;
        }
        self.folding = None;
        if through_seq <= self.earlier.through_seq {
            return None;
        }
        let before = self.bytes;
        self.forget_through(through_seq);
        self.earlier.digest = folded.digest;
        if !folded.text.trim().is_empty() {
            self.earlier.summary = Some(Summary {
                text: Arc::from(folded.text.as_str()),
                source: folded.source,
                updated_at: Utc::now(),
            });
        }
        self.bytes = self.memory.footprint() + self.earlier.footprint();
        Some(FoldApplied {
            bytes_delta: delta(before, self.bytes),
            earlier: self.earlier.clone(),
        })
    }

    /// What the session remembers of the messages that left its window.
    #[must_use]
    pub fn earlier(&self) -> &Earlier {
        &self.earlier
    }
}
