CREATE TABLE "member_need_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"acting_org_id" uuid,
	"acted_by" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"filed_by" uuid,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"is_private" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"handling_org_id" uuid NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"acknowledge_due_on" date NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"resolve_due_on" date,
	"escalated_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"rating" text,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_campaign_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid,
	"recipient_id" uuid,
	"kind" text NOT NULL,
	"visitor_name" text DEFAULT '' NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"member_id" uuid,
	"person_name" text NOT NULL,
	"relation" text,
	"address" text,
	"difficulty" text DEFAULT '' NOT NULL,
	"consent_on" date,
	"consent_note" text,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid,
	"recipient_id" uuid,
	"campaign_id" uuid,
	"visited_on" date NOT NULL,
	"visitors" text[] NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "model_post_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"content" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "model_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"safety_kind" text,
	"name" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"commitment" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "honours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"honour" text NOT NULL,
	"year" integer NOT NULL,
	"member_id" uuid,
	"org_id" uuid NOT NULL,
	"conferred_by" text NOT NULL,
	"conferred_on" date NOT NULL,
	"nomination_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "recognition_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"honour" text NOT NULL,
	"org_id" uuid NOT NULL,
	"reviewing_org_id" uuid,
	"member_id" uuid,
	"nominee_org_id" uuid,
	"deeds" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"review_note" text,
	"publicity_starts_on" date,
	"publicity_ends_on" date,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"published_on" date,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recognition_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"content" text NOT NULL,
	"finding" text,
	"finding_note" text,
	"found_at" timestamp with time zone,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_need_steps" ADD CONSTRAINT "member_need_steps_need_id_member_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."member_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_need_steps" ADD CONSTRAINT "member_need_steps_acting_org_id_orgs_id_fk" FOREIGN KEY ("acting_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_need_steps" ADD CONSTRAINT "member_need_steps_acted_by_users_id_fk" FOREIGN KEY ("acted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_needs" ADD CONSTRAINT "member_needs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_needs" ADD CONSTRAINT "member_needs_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_needs" ADD CONSTRAINT "member_needs_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_needs" ADD CONSTRAINT "member_needs_handling_org_id_orgs_id_fk" FOREIGN KEY ("handling_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_campaign_targets" ADD CONSTRAINT "care_campaign_targets_campaign_id_care_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."care_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_campaign_targets" ADD CONSTRAINT "care_campaign_targets_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_campaign_targets" ADD CONSTRAINT "care_campaign_targets_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_campaign_targets" ADD CONSTRAINT "care_campaign_targets_recipient_id_care_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."care_recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_campaigns" ADD CONSTRAINT "care_campaigns_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_campaigns" ADD CONSTRAINT "care_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_recipients" ADD CONSTRAINT "care_recipients_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_recipients" ADD CONSTRAINT "care_recipients_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_recipients" ADD CONSTRAINT "care_recipients_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_recipient_id_care_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."care_recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_campaign_id_care_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."care_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_visits" ADD CONSTRAINT "care_visits_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_post_entries" ADD CONSTRAINT "model_post_entries_post_id_model_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."model_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_post_entries" ADD CONSTRAINT "model_post_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_posts" ADD CONSTRAINT "model_posts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_posts" ADD CONSTRAINT "model_posts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_posts" ADD CONSTRAINT "model_posts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_nomination_id_recognition_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."recognition_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honours" ADD CONSTRAINT "honours_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_nominations" ADD CONSTRAINT "recognition_nominations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_nominations" ADD CONSTRAINT "recognition_nominations_reviewing_org_id_orgs_id_fk" FOREIGN KEY ("reviewing_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_nominations" ADD CONSTRAINT "recognition_nominations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_nominations" ADD CONSTRAINT "recognition_nominations_nominee_org_id_orgs_id_fk" FOREIGN KEY ("nominee_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_nominations" ADD CONSTRAINT "recognition_nominations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_objections" ADD CONSTRAINT "recognition_objections_nomination_id_recognition_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."recognition_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_objections" ADD CONSTRAINT "recognition_objections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_need_steps_need_idx" ON "member_need_steps" USING btree ("need_id","occurred_at");--> statement-breakpoint
CREATE INDEX "member_needs_org_idx" ON "member_needs" USING btree ("org_id","filed_at");--> statement-breakpoint
CREATE INDEX "member_needs_handling_idx" ON "member_needs" USING btree ("handling_org_id","status");--> statement-breakpoint
CREATE INDEX "member_needs_member_idx" ON "member_needs" USING btree ("member_id","filed_at");--> statement-breakpoint
CREATE INDEX "member_needs_open_due_idx" ON "member_needs" USING btree ("acknowledge_due_on","resolve_due_on") WHERE "member_needs"."status" NOT IN ('resolved', 'withdrawn');--> statement-breakpoint
CREATE INDEX "care_campaign_targets_campaign_idx" ON "care_campaign_targets" USING btree ("campaign_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_campaign_targets_member_idx" ON "care_campaign_targets" USING btree ("campaign_id","member_id") WHERE "care_campaign_targets"."member_id" IS NOT NULL AND "care_campaign_targets"."recipient_id" IS NULL AND "care_campaign_targets"."archived_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "care_campaign_targets_recipient_idx" ON "care_campaign_targets" USING btree ("campaign_id","recipient_id") WHERE "care_campaign_targets"."recipient_id" IS NOT NULL AND "care_campaign_targets"."archived_at" IS NULL;--> statement-breakpoint
CREATE INDEX "care_campaigns_org_idx" ON "care_campaigns" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "care_recipients_org_idx" ON "care_recipients" USING btree ("org_id","kind");--> statement-breakpoint
CREATE INDEX "care_recipients_member_idx" ON "care_recipients" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "care_visits_org_idx" ON "care_visits" USING btree ("org_id","visited_on");--> statement-breakpoint
CREATE INDEX "care_visits_member_idx" ON "care_visits" USING btree ("member_id","visited_on");--> statement-breakpoint
CREATE INDEX "care_visits_recipient_idx" ON "care_visits" USING btree ("recipient_id","visited_on");--> statement-breakpoint
CREATE INDEX "care_visits_campaign_idx" ON "care_visits" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "model_post_entries_post_idx" ON "model_post_entries" USING btree ("post_id","occurred_on");--> statement-breakpoint
CREATE INDEX "model_posts_org_idx" ON "model_posts" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "model_posts_member_idx" ON "model_posts" USING btree ("member_id","year");--> statement-breakpoint
CREATE INDEX "honours_member_idx" ON "honours" USING btree ("member_id","year");--> statement-breakpoint
CREATE INDEX "honours_org_idx" ON "honours" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "recognition_nominations_org_idx" ON "recognition_nominations" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "recognition_nominations_reviewing_idx" ON "recognition_nominations" USING btree ("reviewing_org_id","year","status");--> statement-breakpoint
CREATE INDEX "recognition_nominations_member_idx" ON "recognition_nominations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "recognition_objections_nomination_idx" ON "recognition_objections" USING btree ("nomination_id");