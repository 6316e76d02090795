import { z } from "zod";

// Zod's own messages (a missing field, a wrong type) in Chinese, on the server and the web alike.
z.config(z.locales.zhCN());
