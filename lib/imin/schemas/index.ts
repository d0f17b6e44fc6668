import "server-only";
export * from "./common";
export * from "./customer";
export * from "./accounts";
export * from "./orders";
export * from "./events";
export * from "./checkout";
export * from "./facilities";
export * from "./attribution";
