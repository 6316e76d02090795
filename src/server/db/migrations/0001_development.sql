CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "files_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "development_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"ethnicity" text NOT NULL,
	"id_number_cipher" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"birth_date" date NOT NULL,
	"education" text,
	"occupation" text,
	"work_unit" text,
	"post" text,
	"phone_cipher" text,
	"phone_hash" text,
	"phone_masked" text,
	"focus_group" text,
	"planned_leave_on" date,
	"stage" text DEFAULT 'applicant' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"close_reason" text,
	"deferred_to_year" integer,
	"application_received_on" date NOT NULL,
	"activist_on" date,
	"candidate_on" date,
	"admitted_on" date,
	"approved_on" date,
	"probation_ends_on" date,
	"full_member_on" date,
	"member_id" uuid,
	"next_step_code" text,
	"next_due_on" date,
	"next_due_rule" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "development_plan_quotas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"quota" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "development_rule_set_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_set" text NOT NULL,
	"effective_from" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "development_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"code" text NOT NULL,
	"no" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"decision" text,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"actor_names" text,
	"body" text NOT NULL,
	"rule_set" text NOT NULL,
	"rules_checked" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"org_id" uuid NOT NULL,
	"recorded_org_id" uuid,
	"recorded_by" uuid,
	"archived_at" timestamp with time zone,
	"void_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_people" ADD CONSTRAINT "development_people_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_people" ADD CONSTRAINT "development_people_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_quotas" ADD CONSTRAINT "development_plan_quotas_plan_id_development_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_quotas" ADD CONSTRAINT "development_plan_quotas_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_rule_set_periods" ADD CONSTRAINT "development_rule_set_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_steps" ADD CONSTRAINT "development_steps_person_id_development_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."development_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_steps" ADD CONSTRAINT "development_steps_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_steps" ADD CONSTRAINT "development_steps_recorded_org_id_orgs_id_fk" FOREIGN KEY ("recorded_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_steps" ADD CONSTRAINT "development_steps_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "development_people_org_idx" ON "development_people" USING btree ("org_id","status","stage");--> statement-breakpoint
CREATE INDEX "development_people_due_idx" ON "development_people" USING btree ("next_due_on") WHERE "development_people"."status" = 'open';--> statement-breakpoint
CREATE INDEX "development_people_name_idx" ON "development_people" USING btree ("name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "development_people_id_hash_idx" ON "development_people" USING btree ("id_number_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "development_people_open_id_hash_idx" ON "development_people" USING btree ("id_number_hash") WHERE "development_people"."status" IN ('open', 'deferred');--> statement-breakpoint
CREATE UNIQUE INDEX "development_plan_quotas_plan_org_idx" ON "development_plan_quotas" USING btree ("plan_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "development_plans_org_year_idx" ON "development_plans" USING btree ("org_id","year") WHERE "development_plans"."archived_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "development_rule_set_periods_from_idx" ON "development_rule_set_periods" USING btree ("effective_from") WHERE "development_rule_set_periods"."archived_at" IS NULL;--> statement-breakpoint
CREATE INDEX "development_steps_person_idx" ON "development_steps" USING btree ("person_id","no","occurred_on");