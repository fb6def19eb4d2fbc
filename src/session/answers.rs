//! The last answers of a session (SPEC 11, missed answers): the frames that
//! answered its messages, kept so a client that lost them with a dropped
//! connection gets them again when it resumes with `?last_seq=N`, and what such
//! a resume owes the client beyond them.
//!
//! They are also the session's memory of the questions it suggested (each
//! frame's `data.questions` or `fallback_suggestion.questions`), read once when
//! the frame is kept, so the embedded analyzer does not suggest them again: the
//! same frames are written through to Redis and restored on a resume anywhere.

use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;

use serde::Deserialize;

use crate::domain::{MessageId, Utterance};

/// Answers a session keeps, newest last.
pub const KEPT_ANSWERS: usize = 8;
/// Bytes of answers a session keeps (the newest is always kept).
pub const KEPT_ANSWER_BYTES: usize = 16 * 1024;
/// Accepted messages without an answer a session remembers (the newest).
pub const MAX_UNANSWERED: usize = 64;

/// The frames that answered a session's last messages, in `seq` order, bounded
/// by [`KEPT_ANSWERS`] and [`KEPT_ANSWER_BYTES`], and the accepted messages
/// that have no answer yet (their call is running, or a disconnect cancelled it).
#[derive(Debug, Default, Clone)]
pub struct KeptAnswers {
    answers: VecDeque<Kept>,
    bytes: usize,
    unanswered: BTreeSet<u64>,
}

/// One kept answer: the frame, and the questions it suggested.
#[derive(Debug, Clone)]
struct Kept {
    seq: u64,
    json: Arc<str>,
    questions: Vec<Arc<str>>,
}

/// The parts of an answer frame that carry questions.
#[derive(Deserialize)]
struct FrameQuestions {
    data: Option<Questions>,
    fallback_suggestion: Option<Questions>,
}

#[derive(Deserialize)]
struct Questions {
    #[serde(default)]
    questions: Vec<String>,
}

/// The questions an answer frame suggested: a suggestion's, or an error's
/// fallback's; none for an `ack` or a frame that cannot be read.
fn questions_of(json: &str) -> Vec<Arc<str>> {
    let Ok(frame) = serde_json::from_str::<FrameQuestions>(json) else {
        return Vec::new();
    };
    frame
        .data
        .or(frame.fallback_suggestion)
        .map(|q| q.questions.into_iter().map(Arc::from).collect())
        .unwrap_or_default()
}

/// What a client that resumes with `?last_seq=N` is owed.
#[derive(Debug, Default)]
pub struct Missed {
    /// The kept answers to messages after N, in `seq` order.
    pub answers: Vec<Arc<str>>,
    /// Accepted messages without an answer, older than the newest of them:
    /// each is acknowledged as covered by the newest's answer.
    pub covered: Vec<(u64, Option<MessageId>)>,
    /// The newest accepted message without an answer: answered anew.
    pub newest: Option<Arc<Utterance>>,
}

impl Missed {
    /// Whether nothing is owed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.covered.is_empty() && self.newest.is_none()
    }
}

impl KeptAnswers {
    /// Answers as the store kept them, oldest first (bounded again here), for
    /// a session whose last accepted message is `last_seq`: the messages after
    /// the last answer have none.
    #[must_use]
    pub fn from_stored(answers: Vec<(u64, Arc<str>)>, last_seq: u64) -> Self {
        let mut kept = Self::default();
        for (seq, json) in answers {
            kept.keep(seq, json);
        }
        let answered = kept.answers.back().map_or(0, |kept| kept.seq);
        for seq in answered + 1..=last_seq {
            kept.accepted(seq);
        }
        kept
    }

    /// Notes that message `seq` was accepted and waits for its answer.
    pub fn accepted(&mut self, seq: u64) {
        self.unanswered.insert(seq);
        while self.unanswered.len() > MAX_UNANSWERED {
            self.unanswered.pop_first();
        }
    }

    /// Keeps the frame that answered message `seq`, in `seq` order (answers
    /// may be made out of order in `latest` mode), with the questions it
    /// suggested (read from it once, here); a second answer to the same
    /// message is ignored.
    pub fn keep(&mut self, seq: u64, json: Arc<str>) {
        let questions = questions_of(&json);
        self.keep_suggesting(seq, json, questions);
    }

    /// As [`KeptAnswers::keep`], with the questions the frame suggests given
    /// by the caller that made it (the frame is not read again).
    pub fn keep_suggesting(&mut self, seq: u64, json: Arc<str>, questions: Vec<Arc<str>>) {
        self.unanswered.remove(&seq);
        let at = self.answers.partition_point(|kept| kept.seq < seq);
        if self.answers.get(at).is_some_and(|kept| kept.seq == seq) {
            return;
        }
        self.bytes += json.len();
        self.answers.insert(
            at,
            Kept {
                seq,
                json,
                questions,
            },
        );
        while self.answers.len() > KEPT_ANSWERS
            || (self.bytes > KEPT_ANSWER_BYTES && self.answers.len() > 1)
        {
            if let Some(dropped) = self.answers.pop_front() {
                self.bytes -= dropped.json.len();
            }
        }
    }

    /// The answers kept, oldest first: each message's `seq` and frame.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &Arc<str>)> {
        self.answers.iter().map(|kept| (kept.seq, &kept.json))
    }

    /// The questions the kept answers suggested, oldest first (a question
    /// suggested twice appears twice).
    #[must_use]
    pub fn suggested(&self) -> Vec<Arc<str>> {
        self.answers
            .iter()
            .flat_map(|kept| kept.questions.iter().cloned())
            .collect()
    }

    /// What a client that has the answers up to `after` is owed: the kept
    /// answers after it, and every accepted message without an answer (the
    /// client cannot have one), found in `memory`.
    #[must_use]
    pub fn missed<'a>(
        &self,
        after: u64,
        memory: impl Iterator<Item = &'a Arc<Utterance>>,
    ) -> Missed {
        let answers = self
            .answers
            .iter()
            .filter(|kept| kept.seq > after)
            .map(|kept| Arc::clone(&kept.json))
            .collect();
        let in_memory: Vec<&Arc<Utterance>> = memory.collect();
        let find = |seq: u64| in_memory.iter().find(|m| m.seq == seq).copied();
        let newest = self.unanswered.last().and_then(|seq| find(*seq));
        let covered = match newest {
            Some(newest) => self
                .unanswered
                .range(..newest.seq)
                .map(|seq| (*seq, find(*seq).and_then(|m| m.message_id.clone())))
                .collect(),
            None => Vec::new(),
        };
        Missed {
            answers,
            covered,
            newest: newest.map(Arc::clone),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{InputMessage, Sentiment, Speaker};

    fn utterance(seq: u64) -> Arc<Utterance> {
        let input = InputMessage {
            text: format!("message {seq}"),
            speaker: Speaker::Client,
            sentiment: Sentiment::Neutral,
            emotion: "neutral".to_owned(),
            message_id: Some(MessageId::Text(format!("m{seq}"))),
            timestamp: None,
        };
        Arc::new(input.into_utterance(seq))
    }

    fn kept(seqs: &[u64]) -> KeptAnswers {
        let mut kept = KeptAnswers::default();
        for seq in seqs {
            kept.keep(*seq, Arc::from(format!("answer {seq}")));
        }
        kept
    }

    fn accepted(answers: &mut KeptAnswers, seqs: std::ops::RangeInclusive<u64>) {
        for seq in seqs {
            answers.accepted(seq);
        }
    }

    #[test]
    fn answers_are_bounded_by_count_and_bytes_and_kept_in_order() {
        let many = kept(&(1..=20).collect::<Vec<_>>());
        let seqs: Vec<u64> = many.iter().map(|(s, _)| s).collect();
        assert_eq!(seqs, (13..=20).collect::<Vec<_>>());

        let mut big = KeptAnswers::default();
        big.keep(1, Arc::from("x".repeat(10_000)));
        big.keep(2, Arc::from("y".repeat(10_000)));
        assert_eq!(
            big.iter().count(),
            1,
            "over the byte budget the oldest goes"
        );
        big.keep(3, Arc::from("z".repeat(KEPT_ANSWER_BYTES * 2)));
        assert_eq!(
            big.iter().last().map(|(s, _)| s),
            Some(3),
            "the newest is kept"
        );

        let mut ordered = kept(&[5]);
        ordered.keep(4, Arc::from("late"));
        ordered.keep(5, Arc::from("again"));
        let seqs: Vec<(u64, &str)> = ordered.iter().map(|(s, j)| (s, &**j)).collect();
        assert_eq!(
            seqs,
            [(4, "late"), (5, "answer 5")],
            "sorted, first answer wins"
        );
    }

    #[test]
    fn a_resume_gets_the_kept_answers_after_last_seq_then_the_cancelled_ones() {
        let mut answers = KeptAnswers::default();
        accepted(&mut answers, 1..=6);
        for seq in 1..=3 {
            answers.keep(seq, Arc::from(format!("answer {seq}")));
        }
        let memory: Vec<_> = (1..=6).map(utterance).collect();

        let missed = answers.missed(1, memory.iter());

        let replayed: Vec<&str> = missed.answers.iter().map(|a| &**a).collect();
        assert_eq!(replayed, ["answer 2", "answer 3"]);
        assert_eq!(
            missed.covered,
            [
                (4, Some(MessageId::Text("m4".to_owned()))),
                (5, Some(MessageId::Text("m5".to_owned())))
            ]
        );
        assert_eq!(missed.newest.map(|n| n.seq), Some(6));
    }

    #[test]
    fn a_message_without_an_answer_is_owed_whatever_last_seq_says() {
        // latest mode: 2 and 3 were acked while the call for 1 ran, then it was cancelled.
        let mut answers = KeptAnswers::default();
        accepted(&mut answers, 1..=3);
        answers.keep(3, Arc::from("ack 3"));
        answers.keep(2, Arc::from("ack 2"));
        let memory: Vec<_> = (1..=3).map(utterance).collect();

        let missed = answers.missed(3, memory.iter());

        assert!(missed.answers.is_empty());
        assert!(missed.covered.is_empty());
        assert_eq!(missed.newest.map(|n| n.seq), Some(1));
    }

    #[test]
    fn nothing_is_owed_to_a_client_that_has_everything() {
        let mut answers = KeptAnswers::default();
        accepted(&mut answers, 1..=3);
        for seq in 1..=3 {
            answers.keep(seq, Arc::from(format!("answer {seq}")));
        }
        let memory: Vec<_> = (1..=3).map(utterance).collect();
        assert!(answers.missed(3, memory.iter()).is_empty());
        assert!(answers.missed(9, memory.iter()).is_empty());
    }

    #[test]
    fn kept_answers_remember_the_questions_they_suggested_oldest_first() {
        let mut answers = KeptAnswers::default();
        let suggestion = r#"{"type":"suggestion","reply_to":1,"data":{"questions":["A?","B?"],"signals_detected":[],"recommended_direction":"d"}}"#;
        let error = r#"{"type":"error","error_code":"LLM_ERROR","reply_to":2,"fallback_suggestion":{"questions":["C?"],"signals_detected":[],"recommended_direction":"d"}}"#;
        answers.keep(2, Arc::from(error));
        answers.keep(1, Arc::from(suggestion));
        answers.keep(3, Arc::from(r#"{"type":"ack","seq":3}"#));
        answers.keep(4, Arc::from("not json"));
        let suggested = answers.suggested();
        let suggested: Vec<&str> = suggested.iter().map(|q| &**q).collect();
        assert_eq!(suggested, ["A?", "B?", "C?"]);

        let stored = answers.iter().map(|(s, j)| (s, Arc::clone(j))).collect();
        let restored = KeptAnswers::from_stored(stored, 4);
        assert_eq!(restored.suggested(), answers.suggested());
    }

    #[test]
    fn a_stored_session_owes_the_messages_after_its_last_answer() {
        let stored = vec![(1, Arc::from("answer 1")), (2, Arc::from("answer 2"))];
        let answers = KeptAnswers::from_stored(stored, 4);
        let memory: Vec<_> = (1..=4).map(utterance).collect();
        let missed = answers.missed(2, memory.iter());
        assert_eq!(missed.covered.len(), 1);
        assert_eq!(missed.newest.map(|n| n.seq), Some(4));
    }
}
