import { LockOutlined, StarFilled, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import type { Login } from "../../../../shared/contracts/auth.contract";
import { getErrorMessage } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import styles from "./LoginPage.module.css";

interface LoginPageProps {
  /** Signs in; the app redirects once the user is known, so the page only reports failures. */
  onSignIn: (values: Login) => Promise<unknown>;
  /** Why the user is here, e.g. the session expired. */
  notice?: string;
}

export function LoginPage({ onSignIn, notice }: LoginPageProps) {
  const [form] = Form.useForm<Login>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [errorMessage, setErrorMessage] = useState<string>();

  const handleFinish = async (values: Login) => {
    setIsSubmitting(true);
    setErrorMessage(undefined);
    try {
      await onSignIn(values);
    } catch (error) {
      // The server's message never says whether the username exists; show it as it is.
      if (!applyFieldErrors(form, error)) setErrorMessage(getErrorMessage(error));
      setIsSubmitting(false);
    }
  };

  return (
    <div className={styles.page}>
      <Card className={styles.card}>
        <div className={styles.brand}>
          <StarFilled className={styles.star} aria-hidden />
          <Typography.Title level={3} className={styles.title}>
            基层党建工作平台
          </Typography.Title>
          <Typography.Text type="secondary">请使用本人账号登录</Typography.Text>
        </div>
        {notice && !errorMessage && <Alert className={styles.alert} type="info" showIcon title={notice} />}
        {errorMessage && <Alert className={styles.alert} type="error" showIcon title={errorMessage} role="alert" />}
        <Form form={form} name="login" layout="vertical" requiredMark={false} onFinish={handleFinish} size="large">
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={isSubmitting}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className={styles.help}>
          忘记密码或账号被停用，请联系本单位系统管理员。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
