package org.alliance.peer.internal;

import static org.alliance.support.input.Inputs.require;
import static org.alliance.support.input.Inputs.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.peer.Attendance;
import org.alliance.api.peer.Group;
import org.alliance.api.peer.GroupMember;
import org.alliance.api.peer.Meeting;
import org.alliance.api.peer.Medium;
import org.alliance.api.peer.NewAttendance;
import org.alliance.api.peer.NewGroup;
import org.alliance.api.peer.NewMeeting;
import org.alliance.api.peer.PeerEvents;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.NewAppointment;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.peer.internal.store.GroupStore;
import org.alliance.peer.internal.store.GroupStore.AttendanceRow;
import org.alliance.peer.internal.store.GroupStore.GroupRow;
import org.alliance.peer.internal.store.GroupStore.MeetingRow;

/** Consultation groups: members, meetings, attendance and CE hours. No client data: not audited. */
final class Groups {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private final GroupStore store;
    private final Services services;

    Groups(GroupStore store, Services services) {
        this.store = store;
        this.services = services;
    }

    Group create(Actor actor, NewGroup input) {
        UUID me = Services.practitioner(actor);
        require(input != null, "body", "is required: {\"name\": ..., \"memberIds\": [...]}");
        String name = text("name", input.name(), 200);
        Set<UUID> members = new LinkedHashSet<>();
        members.add(me);
        if (input.memberIds() != null) {
            input.memberIds().forEach(id -> members.add(services.colleague("memberIds", id).id()));
        }
        GroupRow row = new GroupRow(UUID.randomUUID(), name, me, services.now());
        store.insert(row, members);
        services.post(PeerEvents.GROUP_CREATED, row.id(), actor, row.createdAt(), Map.of());
        return view(row);
    }

    List<Group> mine(Actor actor) {
        return store.of(Services.practitioner(actor)).stream().map(this::view).toList();
    }

    Group get(Actor actor, UUID groupId) {
        return view(memberOf(actor, groupId));
    }

    Group addMember(Actor actor, UUID groupId, UUID practitionerId) {
        GroupRow row = convened(actor, groupId);
        UUID member = services.colleague("practitionerId", practitionerId).id();
        Instant now = services.now();
        if (!store.addMember(groupId, member, now)) {
            throw new ConflictException("Already a member of this group.");
        }
        services.post(PeerEvents.GROUP_MEMBER_ADDED, groupId, actor, now, Map.of("practitionerId", member.toString()));
        return view(row);
    }

    /**
     * Books the meeting as a CONSULTATION meeting (no client) for every member when scheduling is
     * installed; a clash there refuses the meeting. Without scheduling only the time is kept.
     */
    Meeting addMeeting(Actor actor, UUID groupId, NewMeeting input) {
        GroupRow group = memberOf(actor, groupId);
        require(input != null, "body", "is required: {\"startsAt\": ..., \"minutes\": ..., \"medium\": ...}");
        require(input.startsAt() != null, "startsAt", "is required (ISO-8601 instant)");
        require(input.minutes() >= 15 && input.minutes() <= 480, "minutes", "takes 15 to 480");
        Medium medium = input.medium() == null ? Medium.IN_PERSON : input.medium();
        UUID appointmentId = null;
        SchedulingService scheduling = services.scheduling().get();
        if (scheduling != null) {
            List<UUID> others = store.memberIds(group.id()).stream().filter(id -> !id.equals(actor.userId())).sorted().toList();
            appointmentId = scheduling.book(actor, new NewAppointment(null, input.startsAt().atOffset(ZoneOffset.UTC),
                    input.minutes(), AppointmentKind.CONSULTATION, medium == Medium.VIDEO ? Location.VIDEO : Location.IN_PERSON,
                    null, null, actor.userId(), others)).appointment().id();
        }
        MeetingRow row = new MeetingRow(UUID.randomUUID(), group.id(), input.startsAt(), input.minutes(), medium, appointmentId);
        store.insertMeeting(row, actor.userId());
        services.post(PeerEvents.MEETING_CREATED, row.id(), actor, services.now(), Map.of("groupId", group.id().toString()));
        return view(row);
    }

    Meeting recordAttendance(Actor actor, UUID meetingId, NewAttendance input) {
        MeetingRow meeting = store.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
        convened(actor, meeting.groupId());
        require(input != null, "body", "is required: {\"practitionerId\": ..., \"attended\": ..., \"ceHours\": ...}");
        require(input.practitionerId() != null, "practitionerId", "is required");
        require(store.memberIds(meeting.groupId()).contains(input.practitionerId()), "practitionerId",
                "is not a member of this group");
        require(!meeting.startsAt().isAfter(services.now()), "meetingId", "the meeting has not begun yet");
        BigDecimal hours = input.ceHours() == null ? BigDecimal.ZERO : input.ceHours();
        require(hours.signum() >= 0 && hours.compareTo(MAX_HOURS) <= 0, "ceHours", "takes 0 to 24");
        require(hours.remainder(QUARTER).signum() == 0, "ceHours", "is counted in quarter hours (0.25)");
        require(input.attended() || hours.signum() == 0, "ceHours", "are earned only by attending");
        Instant now = services.now();
        store.recordAttendance(meetingId, new AttendanceRow(input.practitionerId(), input.attended(),
                hours.setScale(2, java.math.RoundingMode.UNNECESSARY)), actor.userId(), now);
        services.post(PeerEvents.ATTENDANCE_RECORDED, meetingId, actor, now,
                Map.of("practitionerId", input.practitionerId().toString()));
        return view(meeting);
    }

    private GroupRow memberOf(Actor actor, UUID groupId) {
        UUID me = Services.practitioner(actor);
        GroupRow row = store.find(groupId).orElseThrow(() -> new RecordNotFoundException("group", groupId));
        if (!store.memberIds(groupId).contains(me)) {
            throw new RecordNotFoundException("group", groupId);
        }
        return row;
    }

    private GroupRow convened(Actor actor, UUID groupId) {
        GroupRow row = memberOf(actor, groupId);
        if (!row.convenerId().equals(actor.userId())) {
            throw new AccessDeniedException("Only the group's convener adds members and records attendance.");
        }
        return row;
    }

    private Group view(GroupRow row) {
        List<GroupMember> members = store.members(row.id()).stream()
                .map(m -> new GroupMember(m.practitionerId(), services.nameOf(m.practitionerId()), m.joinedAt())).toList();
        return new Group(row.id(), row.name(), row.convenerId(), members, store.meetings(row.id()).stream().map(this::view).toList(),
                row.createdAt());
    }

    private Meeting view(MeetingRow m) {
        List<Attendance> attendance = store.attendance(m.id()).stream()
                .map(a -> new Attendance(a.practitionerId(), services.nameOf(a.practitionerId()), a.attended(), a.ceHours()))
                .toList();
        return new Meeting(m.id(), m.groupId(), m.startsAt(), m.minutes(), m.medium(), m.appointmentId(), attendance);
    }
}
