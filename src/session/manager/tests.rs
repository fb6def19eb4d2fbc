//! The manager on the memory store, on tokio's paused clock.

use std::time::Duration;

use super::*;
use crate::session::store::MemoryStore;

fn manager(timeout: Duration) -> SessionManager {
    manager_with(timeout, timeout)
}

fn manager_with(timeout: Duration, empty_timeout: Duration) -> SessionManager {
    let settings = SessionSettings {
        max_sessions: 10,
        timeout,
        cleanup_interval: Duration::from_secs(60),
        max_memory_messages: 50,
        folding: crate::config::Folding::default(),
    };
    let assign: AssignVersion = Arc::new(|id| format!("v-{}", id.as_str().len()));
    let access = crate::config::AccessSettings {
        empty_session_ttl: empty_timeout,
        ..crate::config::AccessSettings::default()
    };
    SessionManager::new(
        settings,
        &access,
        assign,
        Arc::new(MemoryStore::default()),
        "test:1",
    )
}

async fn open(manager: &SessionManager, id: &str) -> (Opened, u64, oneshot::Receiver<Detach>) {
    let connection_id = manager.next_connection_id();
    let (notify, detached) = oneshot::channel();
    let request = OpenRequest {
        session_id: Some(SessionId::parse(id).unwrap()),
        user_id: None,
        user_agent: None,
        connection_id,
        notify,
        ownership: crate::session::Ownership::default(),
        creator: None,
    };
    (
        manager.open(request).await.unwrap(),
        connection_id,
        detached,
    )
}

#[tokio::test(start_paused = true)]
async fn only_a_detached_session_expires_and_only_after_the_timeout() {
    let timeout = Duration::from_secs(30 * 60);
    let manager = manager(timeout);
    let (attached, _, _attached_rx) = open(&manager, "attached-1").await;
    let (detached, connection, _) = open(&manager, "detached-1").await;
    manager.detach(&detached.handle, connection);
    tokio::time::advance(timeout - Duration::from_secs(1)).await;
    assert_eq!(manager.expire_idle(), 0, "not yet");
    tokio::time::advance(Duration::from_secs(1)).await;
    assert_eq!(manager.expire_idle(), 1);
    assert!(manager.local("detached-1").is_none());
    tokio::time::advance(timeout * 10).await;
    assert_eq!(
        manager.expire_idle(),
        0,
        "an attached session never expires"
    );
    let info = manager.info(attached.session_id.as_str()).await.unwrap();
    assert!(info.unwrap().connected);
}

#[tokio::test]
async fn a_new_session_gets_its_version_from_the_assigner_and_keeps_it() {
    let manager = manager(Duration::from_secs(60));
    let (created, _, _first) = open(&manager, "twelve-chars").await;
    assert_eq!(
        (created.resumed, created.prompt_version.as_str()),
        (false, "v-12")
    );
    let (resumed, _, _second) = open(&manager, "twelve-chars").await;
    assert_eq!(
        (resumed.resumed, resumed.prompt_version.as_str()),
        (true, "v-12")
    );
}

#[tokio::test]
async fn a_second_connection_takes_over_and_each_claim_has_a_newer_epoch() {
    let manager = manager(Duration::from_secs(60));
    let (first, _, detached) = open(&manager, "taken-over").await;
    let epoch = lock(&first.handle).epoch();
    let (second, _, _) = open(&manager, "taken-over").await;
    assert_eq!(detached.await, Ok(Detach::TakenOver));
    assert!(lock(&second.handle).epoch() > epoch);
    assert!(manager.forget("taken-over", Detach::Deleted));
    assert!(manager.is_empty());
}

#[tokio::test(start_paused = true)]
async fn a_session_that_never_got_a_message_is_forgotten_after_the_short_ttl() {
    let (timeout, empty) = (Duration::from_secs(30 * 60), Duration::from_secs(60));
    let manager = manager_with(timeout, empty);
    let (empty_session, first, _) = open(&manager, "never-spoke").await;
    let (spoken, second, _) = open(&manager, "spoke-once").await;
    let input = crate::domain::InputMessage {
        text: "Hello".to_owned(),
        speaker: crate::domain::Speaker::Client,
        sentiment: crate::domain::Sentiment::Neutral,
        emotion: "neutral".to_owned(),
        message_id: None,
        timestamp: None,
    };
    let (_, grown) = lock(&spoken.handle).accept(input);
    manager.quotas().grow(grown);
    manager.detach(&empty_session.handle, first);
    manager.detach(&spoken.handle, second);
    tokio::time::advance(empty).await;
    assert_eq!(manager.expire_idle(), 1, "only the empty one");
    assert!(manager.local("never-spoke").is_none());
    assert!(manager.quotas().bytes() > 0);
    tokio::time::advance(timeout).await;
    assert_eq!(manager.expire_idle(), 1);
    assert_eq!(
        manager.quotas().bytes(),
        0,
        "the memory budget gets its bytes back"
    );
}

fn request(manager: &SessionManager, id: &str) -> (OpenRequest, oneshot::Receiver<Detach>) {
    let (notify, detached) = oneshot::channel();
    let request = OpenRequest {
        session_id: Some(SessionId::parse(id).unwrap()),
        user_id: None,
        user_agent: None,
        connection_id: manager.next_connection_id(),
        notify,
        ownership: crate::session::Ownership::default(),
        creator: None,
    };
    (request, detached)
}

#[tokio::test(start_paused = true)]
async fn a_session_removed_between_lookup_and_attach_is_opened_again_not_joined() {
    for removal in [Detach::Deleted, Detach::TakenOver] {
        // Arrange: the session is found, then removed before the connection attaches.
        let manager = manager(Duration::from_secs(60));
        let (first, connection, _) = open(&manager, "raced-session-1").await;
        manager.detach(&first.handle, connection);
        let (request, mut detached) = request(&manager, "raced-session-1");
        let (handle, id, resumed) = manager.find_or_create(&request).await.unwrap();
        assert!(resumed);
        manager.forget("raced-session-1", removal);

        // Act
        let attached = manager.attach(Arc::clone(&handle), id, resumed, request);

        // Assert: the request comes back to open again; the removed session
        // has no connection, and nothing was said to this one.
        let request = attached.expect_err("not attached to a removed session");
        assert!(!lock(&handle).is_attached());
        let opened = manager.open(*request).await.unwrap();
        assert!(
            !Arc::ptr_eq(&opened.handle, &handle),
            "a session in the table"
        );
        let held = manager.local("raced-session-1").unwrap();
        assert!(Arc::ptr_eq(&held, &opened.handle));
        assert!(lock(&held).is_attached_to(opened.connection_id));
        let listening = matches!(
            detached.try_recv(),
            Err(oneshot::error::TryRecvError::Empty)
        );
        assert!(listening, "still listening, now on the new session");
    }
}
