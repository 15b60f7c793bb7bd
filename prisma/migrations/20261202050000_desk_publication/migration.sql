-- AlterTable
ALTER TABLE "DeskSettings" ADD COLUMN     "publicFactCheckUrl" TEXT;
