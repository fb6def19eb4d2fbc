//! A session's window giving way: folds started, applied, discarded; dropping
//! without summaries; what the store keeps of it.

use super::*;
use crate::domain::{Digest, Folded, Sentiment, Speaker, SummarySource};

fn session(summaries: bool) -> Session {
    let folding = Folding {
        summaries,
        chunk: 20,
        max_chars: 100_000,
    };
    let id = SessionId::parse("fold-session").unwrap();
    Session::new(id, None, "v1".to_owned(), 50, folding)
}

fn say(session: &mut Session, count: u64) -> Vec<Option<FoldJob>> {
    (0..count)
        .map(|_| {
            let seq = session.last_seq + 1;
            session.accept(InputMessage {
                text: format!("message {seq}"),
                speaker: if seq.is_multiple_of(2) {
                    Speaker::Agent
                } else {
                    Speaker::Client
                },
                sentiment: Sentiment::Neutral,
                emotion: "calm".to_owned(),
                message_id: None,
                timestamp: None,
            });
            session.start_fold()
        })
        .collect()
}

fn folded(text: &str) -> Folded {
    Folded {
        text: text.to_owned(),
        source: SummarySource::Llm,
        digest: Digest::default(),
    }
}

#[test]
fn a_full_window_folds_its_oldest_chunk_once_and_keeps_counting_them() {
    let mut session = session(true);
    let jobs = say(&mut session, 50);
    assert!(jobs[..49].iter().all(Option::is_none));
    let job = jobs[49].clone().expect("the 50th message fills the window");
    assert_eq!(
        (job.through_seq, job.request.messages.len(), job.urgent),
        (20, 20, false)
    );
    assert!(say(&mut session, 1)[0].is_none(), "one fold at a time");

    let applied = session
        .finish_fold(job.generation, job.through_seq, folded("S1"))
        .unwrap();

    assert!(applied.bytes_delta < 0, "the folded messages are freed");
    assert_eq!(session.history_length(), 31);
    let last = Arc::clone(session.memory.iter().last().unwrap());
    let conversation = session.conversation(&last);
    assert_eq!(conversation.summary.as_deref(), Some("S1"));
    assert_eq!(conversation.messages.first().unwrap().seq, 21);
    let stats = conversation.stats();
    assert_eq!(
        stats.agent_messages + stats.client_messages,
        51,
        "the whole call"
    );
    let info = session.info("here").summary.unwrap();
    assert_eq!((info.through_seq, info.source), (20, SummarySource::Llm));
}

#[test]
fn a_fold_overtaken_by_an_urgent_one_is_discarded() {
    let mut session = session(true);
    let slow = say(&mut session, 50).pop().flatten().unwrap();
    let urgent = say(&mut session, 20)
        .pop()
        .flatten()
        .expect("at the cap, at once");
    assert!(urgent.urgent);
    assert_eq!(
        urgent.through_seq, 40,
        "down to the kept part of the window"
    );

    assert!(
        session
            .finish_fold(urgent.generation, urgent.through_seq, folded("now"))
            .is_some()
    );
    assert!(
        session
            .finish_fold(slow.generation, slow.through_seq, folded("late"))
            .is_none()
    );

    assert_eq!(
        session.earlier().summary.as_ref().unwrap().text.as_ref(),
        "now"
    );
    assert_eq!(session.history_length(), 30);
}

#[test]
fn without_summaries_the_oldest_chunk_is_dropped_and_counted() {
    let mut session = session(false);
    let jobs = say(&mut session, 51);
    assert!(jobs.iter().all(Option::is_none));
    assert_eq!(
        session.history_length(),
        30,
        "the 51st message overflowed the window"
    );
    assert_eq!(session.earlier().tally.messages(), 21);
    assert!(session.earlier().summary.is_none());
}

#[test]
fn the_store_keeps_the_summary_and_not_the_folded_messages() {
    let mut session = session(true);
    let job = say(&mut session, 50).pop().flatten().unwrap();
    session.finish_fold(job.generation, job.through_seq, folded("S1"));
    let mut stored = session.to_stored();
    let folding = session.memory.folding();
    stored
        .messages
        .insert(0, Utterance::clone(&job.request.messages[0]));

    let back = Session::from_stored(stored, 50, folding);

    assert_eq!(back.history_length(), 30);
    assert_eq!(back.earlier(), session.earlier());
    assert_eq!(back.bytes(), session.bytes());
}

#[test]
fn a_conversation_carries_the_questions_suggested_and_the_signals_folded_out() {
    let mut session = session(true);
    let job = say(&mut session, 50).pop().flatten().expect("a fold");
    let mut digest = Digest::default();
    digest.signals.insert(
        "price_objection".to_owned(),
        crate::domain::SignalCount {
            count: 1,
            last_seq: 7,
        },
    );
    let fold = Folded {
        digest,
        ..folded("S1")
    };
    session.finish_fold(job.generation, job.through_seq, fold);
    let answer = r#"{"type":"suggestion","data":{"questions":["Q1?","Q2?"]}}"#;
    session.keep_answer(49, Arc::from(answer), None);

    let last = Arc::clone(session.memory.iter().last().unwrap());
    let conversation = session.conversation(&last);

    let suggested: Vec<&str> = conversation.suggested.iter().map(|q| &**q).collect();
    assert_eq!(suggested, ["Q1?", "Q2?"]);
    assert_eq!(
        conversation.earlier_signals,
        [(crate::domain::Signal::PriceObjection, 7)]
    );
    assert_eq!(conversation.earlier.client_positive_seq, 0);
    let restored = Session::from_stored(session.to_stored(), 50, session.memory.folding());
    assert_eq!(
        restored.conversation(&last).suggested,
        conversation.suggested
    );
}
