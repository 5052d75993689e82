CREATE TABLE `sign_in_addresses` (
	`address` text PRIMARY KEY NOT NULL,
	`window_start` text NOT NULL,
	`failures` integer NOT NULL
);
