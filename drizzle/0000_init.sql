CREATE TABLE `conduct_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`voter` text NOT NULL,
	`vote` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conduct_feedback_voter` ON `conduct_feedback` (`question_id`,`voter`);--> statement-breakpoint
CREATE TABLE `conduct_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`asked_by` text NOT NULL,
	`question` text NOT NULL,
	`verdict` text NOT NULL,
	`scenario_id` text,
	`confidence_pct` integer NOT NULL,
	`source_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conduct_questions_source_key_unique` ON `conduct_questions` (`source_key`);--> statement-breakpoint
CREATE TABLE `inbound_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` text NOT NULL,
	`message_id` text,
	`kind` text NOT NULL,
	`update_json` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`received_at` integer NOT NULL,
	`processed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_events_event_id_unique` ON `inbound_events` (`event_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_events_message_id_unique` ON `inbound_events` (`message_id`);--> statement-breakpoint
CREATE INDEX `inbound_events_status` ON `inbound_events` (`status`,`received_at`);--> statement-breakpoint
CREATE TABLE `kv` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`receive_id_type` text NOT NULL,
	`receive_id` text NOT NULL,
	`reply_to` text,
	`reply_in_thread` integer DEFAULT false NOT NULL,
	`msg_type` text NOT NULL,
	`content` text NOT NULL,
	`purpose` text NOT NULL,
	`ticket_code` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`lark_message_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_uuid_unique` ON `outbox` (`uuid`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_ticket` ON `outbox` (`ticket_code`);