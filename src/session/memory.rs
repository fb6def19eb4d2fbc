//! A session's conversation memory: the messages still word for word (the window),
//! shared cheaply with agents, and when they give way.
//!
//! The window does not slide by one message per call: that would change the
//! prompt right after its fixed instructions on every call, and the upstream's
//! prefix cache would serve nothing but those. It fills up to MAX_MEMORY_MESSAGES
//! (or about half the prompt budget in characters), then its oldest
//! MEMORY_SUMMARY_CHUNK messages leave at once ([`ConversationMemory::due`]):
//! into the summary, or dropped when summaries are off. Until a fold lands, the
//! memory may hold up to a chunk more than the window ([`ConversationMemory::cap`]);
//! the agents see the newest window of it.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::config::Folding;
use crate::domain::Utterance;

/// Characters of a message's text a prompt quotes at most (the renderers cut
/// longer ones), plus its line's labels: what it weighs against the window's
/// character allowance.
const QUOTED_CHARS: usize = 600;
const LINE_LABELS: usize = 32;

/// The messages not yet folded out of a conversation, oldest first.
#[derive(Debug)]
pub struct ConversationMemory {
    messages: VecDeque<Arc<Utterance>>,
    capacity: usize,
    folding: Folding,
    chars: usize,
    /// The messages' [`Utterance::footprint`], summed as they come and go.
    bytes: u64,
}

impl ConversationMemory {
    /// An empty memory whose window holds `capacity` messages (MAX_MEMORY_MESSAGES).
    #[must_use]
    pub fn new(capacity: usize, folding: Folding) -> Self {
        let capacity = capacity.max(1);
        Self {
            messages: VecDeque::new(),
            capacity,
            folding: Folding {
                chunk: folding.chunk.clamp(1, capacity),
                ..folding
            },
            chars: 0,
            bytes: 0,
        }
    }

    /// Stores a message; it, shared.
    pub fn push(&mut self, message: Utterance) -> Arc<Utterance> {
        let message = Arc::new(message);
        self.chars += weight(&message);
        self.bytes += message.footprint();
        self.messages.push_back(Arc::clone(&message));
        message
    }

    /// How many of the oldest messages should leave the window now (0: none):
    /// once the window is full (past full, without summaries), or its text is
    /// past the allowance with more than
    /// a chunk held, at least a chunk, and as many as leave the rest within
    /// `(window - chunk)` messages and the same share of the allowance. The
    /// newest message always stays.
    #[must_use]
    pub fn due(&self) -> usize {
        let len = self.messages.len();
        let Folding {
            chunk, max_chars, ..
        } = self.folding;
        // A fold runs in the background, so it starts as the window fills; a drop
        // is done at once, when the window would overflow.
        let full = len >= self.capacity + usize::from(!self.folding.summaries);
        let heavy = self.chars > max_chars && len > chunk;
        if len < 2 || !(full || heavy) {
            return 0;
        }
        let keep = self.capacity - chunk;
        let mut count = chunk.max(len.saturating_sub(keep));
        let target = max_chars / self.capacity * keep;
        let mut rest: usize = self.messages.iter().skip(count).map(|m| weight(m)).sum();
        while count < len - 1 && rest > target {
            rest -= weight(&self.messages[count]);
            count += 1;
        }
        count.min(len - 1)
    }

    /// Most messages held while a fold is on its way: the window and a chunk.
    /// Past it, the memory must give way at once.
    #[must_use]
    pub fn cap(&self) -> usize {
        self.capacity + self.folding.chunk
    }

    /// Whether leaving messages go into a summary (else they are dropped).
    #[must_use]
    pub fn summarizes(&self) -> bool {
        self.folding.summaries
    }

    /// The `count` oldest messages, still held.
    #[must_use]
    pub fn oldest(&self, count: usize) -> Vec<Arc<Utterance>> {
        self.messages.iter().take(count).cloned().collect()
    }

    /// Removes the messages up to `seq` included; them, oldest first.
    pub fn remove_through(&mut self, seq: u64) -> Vec<Arc<Utterance>> {
        let mut removed = Vec::new();
        while self.messages.front().is_some_and(|m| m.seq <= seq) {
            if let Some(message) = self.messages.pop_front() {
                self.chars -= weight(&message);
                self.bytes -= message.footprint();
                removed.push(message);
            }
        }
        removed
    }

    /// The bytes the messages held cost ([`Utterance::footprint`]), kept up to
    /// date as they come and go (not summed on every message).
    #[must_use]
    pub fn footprint(&self) -> u64 {
        self.bytes
    }

    /// Messages the window shows at most (MAX_MEMORY_MESSAGES).
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// How the window gives way.
    #[must_use]
    pub fn folding(&self) -> Folding {
        self.folding
    }

    /// Messages held now.
    #[must_use]
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    /// Whether nothing is held.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// The window an agent answering message `up_to` sees: the newest
    /// [`capacity`](Self::capacity) messages with `seq <= up_to`, oldest first;
    /// and those held before them (a fold on its way), oldest first.
    #[must_use]
    pub fn window(&self, up_to: u64) -> (Vec<Arc<Utterance>>, Vec<Arc<Utterance>>) {
        let mut held: Vec<Arc<Utterance>> = self
            .messages
            .iter()
            .take_while(|m| m.seq <= up_to)
            .cloned()
            .collect();
        let window = held.split_off(held.len().saturating_sub(self.capacity));
        (window, held)
    }

    /// Every message held, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<Utterance>> {
        self.messages.iter()
    }
}

/// What a message weighs against the window's character allowance.
fn weight(message: &Utterance) -> usize {
    message.text.len().min(QUOTED_CHARS) + LINE_LABELS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Sentiment, Speaker};

    fn utterance(seq: u64, text: &str) -> Utterance {
        Utterance {
            seq,
            text: text.to_owned(),
            speaker: Speaker::Client,
            sentiment: Sentiment::Neutral,
            emotion: "neutral".to_owned(),
            message_id: None,
            timestamp: None,
            received_at: chrono::Utc::now(),
            rendered: Default::default(),
        }
    }

    fn memory(capacity: usize, chunk: usize, max_chars: usize) -> ConversationMemory {
        let folding = Folding {
            summaries: true,
            chunk,
            max_chars,
        };
        ConversationMemory::new(capacity, folding)
    }

    #[test]
    fn nothing_is_due_until_the_window_is_full_then_a_whole_chunk() {
        let mut memory = memory(10, 4, 100_000);
        for seq in 1..=9 {
            memory.push(utterance(seq, "short"));
            assert_eq!(memory.due(), 0, "at {seq}");
        }
        memory.push(utterance(10, "short"));
        assert_eq!(memory.due(), 4);
        let seqs: Vec<u64> = memory.oldest(4).iter().map(|m| m.seq).collect();
        assert_eq!(seqs, [1, 2, 3, 4]);
        assert_eq!(memory.remove_through(4).len(), 4);
        assert_eq!(memory.due(), 0);
    }

    #[test]
    fn a_late_fold_takes_everything_past_the_kept_part() {
        let mut memory = memory(10, 4, 100_000);
        for seq in 1..=13 {
            memory.push(utterance(seq, "short"));
        }
        assert_eq!(memory.due(), 7, "13 held, 6 kept");
        assert_eq!(memory.cap(), 14);
        let (window, held) = memory.window(13);
        assert_eq!(window.first().map(|m| m.seq), Some(4));
        assert_eq!(window.len(), 10);
        assert_eq!(held.len(), 3);
    }

    #[test]
    fn long_texts_give_way_before_the_window_is_full() {
        let mut memory = memory(50, 5, 2_000);
        let long = "word ".repeat(100);
        for seq in 1..=6 {
            memory.push(utterance(seq, &long));
        }
        let due = memory.due();
        assert!(due >= 5, "a whole chunk at least: {due}");
        assert!(due < 6, "the newest message stays");
    }

    #[test]
    fn a_message_alone_never_leaves() {
        let mut memory = memory(1, 1, 10);
        memory.push(utterance(1, &"x".repeat(500)));
        assert_eq!(memory.due(), 0);
        memory.push(utterance(2, "y"));
        assert_eq!(memory.due(), 1);
    }

    #[test]
    fn the_kept_footprint_is_the_sum_of_the_messages_held() {
        let mut memory = memory(10, 4, 100_000);
        let summed = |m: &ConversationMemory| m.iter().map(|u| u.footprint()).sum::<u64>();
        for seq in 1..=12 {
            let mut message = utterance(seq, &"word ".repeat(seq as usize));
            message.timestamp = Some(serde_json::json!(format!("2026-12-0{}", seq % 9)));
            memory.push(message);
            assert_eq!(memory.footprint(), summed(&memory), "at {seq}");
        }
        memory.remove_through(5);
        assert_eq!(memory.footprint(), summed(&memory));
        memory.remove_through(12);
        assert_eq!(memory.footprint(), 0);
    }
}
