CREATE TABLE "secretary_project_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"choice" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretary_project_checkpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"quarter" integer NOT NULL,
	"rating" text NOT NULL,
	"suggested_rating" text,
	"comment" text DEFAULT '' NOT NULL,
	"rated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretary_project_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"report_id" uuid,
	"parent_id" uuid,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "secretary_project_indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	"measured_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretary_project_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" numeric(16, 2) NOT NULL,
	"target" numeric(16, 2) NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "secretary_project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"owner_name" text NOT NULL,
	"owner_member_id" uuid,
	"position" integer NOT NULL,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "secretary_project_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"milestone_id" uuid,
	"reported_on" date NOT NULL,
	"body" text NOT NULL,
	"completes_milestone" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "secretary_project_rubrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"vote_weight" integer NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretary_project_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"no" integer NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"reason" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text
);
--> statement-breakpoint
CREATE TABLE "secretary_project_voters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretary_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"secretary_member_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"problem" text NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"reviewing_org_id" uuid,
	"approved_version_no" integer DEFAULT 0 NOT NULL,
	"approved_on" date,
	"year_end_report" text,
	"reported_at" timestamp with time zone,
	"voting_opened_at" timestamp with time zone,
	"voting_closed_at" timestamp with time zone,
	"paper_votes" jsonb,
	"evaluation" jsonb,
	"final_score" numeric(5, 1),
	"grade" text,
	"evaluated_at" timestamp with time zone,
	"evaluated_by" uuid,
	"published_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "secretary_project_ballots" ADD CONSTRAINT "secretary_project_ballots_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_checkpoints" ADD CONSTRAINT "secretary_project_checkpoints_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_checkpoints" ADD CONSTRAINT "secretary_project_checkpoints_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_comments" ADD CONSTRAINT "secretary_project_comments_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_comments" ADD CONSTRAINT "secretary_project_comments_report_id_secretary_project_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."secretary_project_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_comments" ADD CONSTRAINT "secretary_project_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_indicator_values" ADD CONSTRAINT "secretary_project_indicator_values_report_id_secretary_project_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."secretary_project_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_indicator_values" ADD CONSTRAINT "secretary_project_indicator_values_indicator_id_secretary_project_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."secretary_project_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_indicators" ADD CONSTRAINT "secretary_project_indicators_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_milestones" ADD CONSTRAINT "secretary_project_milestones_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_milestones" ADD CONSTRAINT "secretary_project_milestones_owner_member_id_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_reports" ADD CONSTRAINT "secretary_project_reports_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_reports" ADD CONSTRAINT "secretary_project_reports_milestone_id_secretary_project_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."secretary_project_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_reports" ADD CONSTRAINT "secretary_project_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_rubrics" ADD CONSTRAINT "secretary_project_rubrics_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_rubrics" ADD CONSTRAINT "secretary_project_rubrics_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_versions" ADD CONSTRAINT "secretary_project_versions_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_versions" ADD CONSTRAINT "secretary_project_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_versions" ADD CONSTRAINT "secretary_project_versions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_voters" ADD CONSTRAINT "secretary_project_voters_project_id_secretary_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."secretary_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_project_voters" ADD CONSTRAINT "secretary_project_voters_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_projects" ADD CONSTRAINT "secretary_projects_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_projects" ADD CONSTRAINT "secretary_projects_secretary_member_id_members_id_fk" FOREIGN KEY ("secretary_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_projects" ADD CONSTRAINT "secretary_projects_reviewing_org_id_orgs_id_fk" FOREIGN KEY ("reviewing_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_projects" ADD CONSTRAINT "secretary_projects_evaluated_by_users_id_fk" FOREIGN KEY ("evaluated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_projects" ADD CONSTRAINT "secretary_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "secretary_project_ballots_project_idx" ON "secretary_project_ballots" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "secretary_project_checkpoints_project_quarter_idx" ON "secretary_project_checkpoints" USING btree ("project_id","quarter");--> statement-breakpoint
CREATE INDEX "secretary_project_comments_project_idx" ON "secretary_project_comments" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "secretary_project_indicator_values_indicator_idx" ON "secretary_project_indicator_values" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "secretary_project_indicator_values_report_idx" ON "secretary_project_indicator_values" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "secretary_project_indicators_project_idx" ON "secretary_project_indicators" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "secretary_project_milestones_project_idx" ON "secretary_project_milestones" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "secretary_project_milestones_due_idx" ON "secretary_project_milestones" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "secretary_project_reports_project_idx" ON "secretary_project_reports" USING btree ("project_id","reported_on");--> statement-breakpoint
CREATE UNIQUE INDEX "secretary_project_rubrics_org_year_idx" ON "secretary_project_rubrics" USING btree ("org_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "secretary_project_versions_project_no_idx" ON "secretary_project_versions" USING btree ("project_id","no");--> statement-breakpoint
CREATE UNIQUE INDEX "secretary_project_voters_project_member_idx" ON "secretary_project_voters" USING btree ("project_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "secretary_projects_org_year_idx" ON "secretary_projects" USING btree ("org_id","year") WHERE "secretary_projects"."archived_at" IS NULL AND "secretary_projects"."status" NOT IN ('rejected', 'withdrawn');--> statement-breakpoint
CREATE INDEX "secretary_projects_year_status_idx" ON "secretary_projects" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "secretary_projects_secretary_idx" ON "secretary_projects" USING btree ("secretary_member_id");--> statement-breakpoint
CREATE INDEX "secretary_projects_reviewing_org_idx" ON "secretary_projects" USING btree ("reviewing_org_id","year");