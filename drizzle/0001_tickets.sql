CREATE TABLE `ticket_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_code` text NOT NULL,
	`seq` integer NOT NULL,
	`action` text NOT NULL,
	`actor` text NOT NULL,
	`actor_role` text NOT NULL,
	`at` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text,
	`data_json` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ticket_events_seq` ON `ticket_events` (`ticket_code`,`seq`);--> statement-breakpoint
CREATE TABLE `ticket_notices` (
	`key` text PRIMARY KEY NOT NULL,
	`ticket_code` text NOT NULL,
	`kind` text NOT NULL,
	`claimed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ticket_notices_ticket` ON `ticket_notices` (`ticket_code`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`source_key` text NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`handler_unit` text NOT NULL,
	`department_id` text,
	`accused_department_id` text,
	`anonymous` integer NOT NULL,
	`reporter_id` text,
	`reporter_name` text,
	`reporter_contact` text,
	`reporter_channel` text NOT NULL,
	`enterprise` text,
	`description` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`assigned_at` integer,
	`sign_deadline_at` integer,
	`deadline_at` integer,
	`extension_days` integer DEFAULT 0 NOT NULL,
	`pending_extension_json` text,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`escalation_level` integer DEFAULT 0 NOT NULL,
	`resolution` text,
	`resolved_at` integer,
	`satisfaction_score` integer,
	`satisfaction_reason` text,
	`closed_at` integer,
	`query_key_hash` text,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_code_unique` ON `tickets` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_source_key_unique` ON `tickets` (`source_key`);--> statement-breakpoint
CREATE INDEX `tickets_created` ON `tickets` (`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_status` ON `tickets` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_reporter` ON `tickets` (`reporter_id`,`created_at`);