import { Type, type Static } from 'typebox';
import { Id, IsoDate, OptionalText, Text, Timestamp, Version } from './common.ts';

// Tasks and reminders (issue 4, decision 0022): a follow-up assigned to a user with a due
// date, on a case or on its own in an organisation; one reminder per task and due date.

export const TASK_KINDS = ['manual', 'follow_up_6_months', 'placement_follow_up'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_LIMITS = {
  titleMax: 200,
  detailsMax: 2000,
  /** Most tasks one list answers with (the most urgent first). */
  listMax: 200,
  /** Most reminders the reminder list shows (the newest first). */
  remindersShown: 50,
} as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Person = Type.Object({ id: Id, name: Type.String() });

export const Task = Type.Object({
  id: Id,
  organisationId: Id,
  caseId: Nullable(Id),
  participantId: Nullable(Id),
  /** Only for users who may read participants in the task's organisation. */
  participantName: Nullable(Type.String()),
  title: Type.String(),
  details: Type.String(),
  kind: Type.Enum(TASK_KINDS),
  /** For a placement_follow_up task: the placement whose page records the answer (decision 0034). */
  placementId: Nullable(Id),
  assignee: Person,
  dueOn: IsoDate,
  status: Type.Enum(TASK_STATUSES),
  /** Open and due before today in Lithuania (Europe/Vilnius). */
  overdue: Type.Boolean(),
  doneAt: Nullable(Timestamp),
  createdAt: Timestamp,
  version: Type.Integer(),
});
export type Task = Static<typeof Task>;

export const TaskCreate = Type.Object(
  {
    /** The case the task is about; without it the task belongs to an organisation. */
    caseId: Type.Optional(Id),
    /** For a task without a case; needed only when the user works in more than one organisation. */
    organisationId: Type.Optional(Id),
    title: Text(TASK_LIMITS.titleMax),
    details: Type.Optional(OptionalText(TASK_LIMITS.detailsMax)),
    assigneeId: Id,
    dueOn: IsoDate,
  },
  { additionalProperties: false },
);
export type TaskCreate = Static<typeof TaskCreate>;

/** The ESF+ longer-term results, asked when a 6-month follow-up is done; written to the case. */
export const FollowUpResults = Type.Object(
  {
    /** "Is the person working?" */
    employed6Months: Type.Boolean(),
    /** "Has their situation on the labour market improved?" */
    improved6Months: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type FollowUpResults = Static<typeof FollowUpResults>;

export const TaskUpdate = Type.Object(
  {
    title: Type.Optional(Text(TASK_LIMITS.titleMax)),
    details: Type.Optional(OptionalText(TASK_LIMITS.detailsMax)),
    assigneeId: Type.Optional(Id),
    dueOn: Type.Optional(IsoDate),
    status: Type.Optional(Type.Enum(TASK_STATUSES)),
    /** Required with status 'done' on a follow_up_6_months task, refused otherwise. */
    followUp: Type.Optional(FollowUpResults),
    version: Version,
  },
  { additionalProperties: false },
);
export type TaskUpdate = Static<typeof TaskUpdate>;

export const TaskListQuery = Type.Object(
  {
    /** 'me' (default): assigned to the user; 'all': every task the user may see. */
    assignee: Type.Optional(Type.Enum(['me', 'all'])),
    status: Type.Optional(Type.Enum(TASK_STATUSES)),
    /** Only open tasks due before today. */
    overdue: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type TaskListQuery = Static<typeof TaskListQuery>;

/** Open tasks first (the earliest due first, so overdue ones lead), then the rest. */
export const TaskList = Type.Object({ items: Type.Array(Task), total: Type.Integer() });
export type TaskList = Static<typeof TaskList>;

/** A case's tasks, and the people a new task on it may be assigned to (its team). */
export const CaseTasks = Type.Object({ items: Type.Array(Task), assignees: Type.Array(Person) });
export type CaseTasks = Static<typeof CaseTasks>;

export const Reminder = Type.Object({
  id: Type.Integer(),
  taskId: Id,
  caseId: Nullable(Id),
  title: Type.String(),
  /** The due date this reminder is for (the task's date may have moved since). */
  dueOn: IsoDate,
  taskStatus: Type.Enum(TASK_STATUSES),
  createdAt: Timestamp,
  readAt: Nullable(Timestamp),
});
export type Reminder = Static<typeof Reminder>;

export const ReminderList = Type.Object({
  items: Type.Array(Reminder),
  /** Unread reminders of tasks still open: the number in the header. */
  unread: Type.Integer(),
});
export type ReminderList = Static<typeof ReminderList>;

export const ReminderParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** The header's number, without the reminders themselves. */
export const ReminderCount = Type.Object({ unread: Type.Integer() });
export type ReminderCount = Static<typeof ReminderCount>;
